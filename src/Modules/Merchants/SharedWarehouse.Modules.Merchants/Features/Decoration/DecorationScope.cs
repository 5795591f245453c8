using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

internal static class DecorationScope
{
    /// The decoration of the shop the user acts for (owner or staff with the decoration permission, checked at
    /// the endpoint), with its versions, for a command; null when they have no shop or no decoration yet.
    public static async Task<ShopDecoration?> OwnDecorationAsync(this MerchantsDbContext db, Guid userId, CancellationToken ct)
    {
        var shopId = await db.ActingShopIdAsync(userId, ct);
        return shopId is null ? null : await db.Decorations.Include(d => d.Versions).FirstOrDefaultAsync(d => d.ShopId == shopId, ct);
    }
}
