using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Team;

namespace SharedWarehouse.Modules.Merchants.Areas.Merchant.Controllers;

/// The top bar's shop switcher: a person on more than one team chooses the shop they act for. Only their own
/// memberships can be chosen (another shop's id is not found).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[AnyShopMember]
[Route("merchant/switch-shop")]
public sealed class ShopSwitchController(ISender sender) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Switch(Guid shopId, CancellationToken ct)
    {
        var result = await sender.Send(new SwitchShop(User.Id(), shopId), ct);
        if (result.IsNotFound) return NotFound();
        // The home page: the page one was on may be a record of the shop just left.
        return Redirect("/merchant");
    }
}
