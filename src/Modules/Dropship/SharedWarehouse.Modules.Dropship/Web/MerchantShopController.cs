using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Dropship.Web;

/// Merchant back-office pages of this module: every record is loaded through the signed-in owner's shop.
public abstract class MerchantShopController(IMerchantDirectory merchants) : Controller
{
    protected Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    /// The signed-in user's shop id, or null (no shop: the page answers 404).
    protected async Task<Guid?> ShopIdAsync(CancellationToken ct) => (await merchants.FindShopOfOwnerAsync(UserId, ct))?.ShopId;
}
