using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Merchants.Areas.Merchant.Controllers;

/// The back office's front page: the shop the signed-in person acts for (owner or staff; never a posted id), with
/// the to-dos of the areas their roles cover. Someone on no team any more is told so instead of a 404.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[AnyShopMember]
[Route("merchant")]
public sealed class DashboardController(IShopAccess shops, IMerchantDirectory merchants) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (await shops.ActingAsync(User.Id(), ct) is not { } acting) return View("NoShop");
        var shop = (await merchants.FindShopsAsync([acting.ShopId], ct))[acting.ShopId];
        ViewData["Acting"] = acting;
        return View(shop);
    }
}
