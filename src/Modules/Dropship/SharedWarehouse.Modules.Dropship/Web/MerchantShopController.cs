using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Dropship.Web;

/// Merchant back-office pages of this module: every record is loaded through the signed-in owner's shop.
public abstract class MerchantShopController(IShopAccess shops) : Controller
{

    /// The signed-in user's shop id, or null (no shop: the page answers 404).
    protected async Task<Guid?> ShopIdAsync(CancellationToken ct) => (await shops.ActingAsync(User.Id(), ct))?.ShopId;
}
