using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Dropship.Areas.Merchant.Controllers;

/// A merchant's own warehouse desk (its own-team dropship orders): the scope is the signed-in owner's shop.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Dropship)]
[Route("merchant/dropship/warehouse")]
public sealed class DropshipWarehouseController(ISender sender, ILabelPrinting printing, IShopAccess shops)
    : WarehouseDeskController(sender, printing)
{
    protected override string BasePath => "/merchant/dropship/warehouse";

    protected override async Task<DeskScope?> ScopeAsync(CancellationToken ct)
    {
        var shop = await shops.ActingAsync(User.Id(), ct);
        return shop is null ? null : new DeskScope(shop.ShopId, shop.ShopId);
    }
}
