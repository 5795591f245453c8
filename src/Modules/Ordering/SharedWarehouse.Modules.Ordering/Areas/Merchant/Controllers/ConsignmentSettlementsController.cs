using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Merchant.Controllers;

/// Consignment settlements of the signed-in merchant's shop (as supplier and as reseller).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Settlements)]
[Route("merchant/consignment/settlements")]
public sealed class ConsignmentSettlementsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => View(await sender.Send(new ListConsignmentSettlements(User.Id(), page), ct));
}
