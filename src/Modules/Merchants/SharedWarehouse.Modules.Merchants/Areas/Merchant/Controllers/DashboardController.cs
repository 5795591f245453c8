using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Merchants.Areas.Merchant.Controllers;

/// The back office's front page: the shop of the signed-in owner (found by owner, never by a posted id).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[Route("merchant")]
public sealed class DashboardController(IMerchantDirectory merchants) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var shop = await merchants.FindShopOfOwnerAsync(User.Id(), ct);
        return shop is null ? NotFound() : View(shop);
    }
}
