using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

internal static class DecorationScope
{
    /// The shop of the signed-in owner: the only decoration that user may see or change.
    public static Task<Guid?> ShopOfOwnerAsync(this MerchantsDbContext db, Guid ownerId, CancellationToken ct) =>
        db.Shops.AsNoTracking().Where(s => s.OwnerId == ownerId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);

    /// The owner's decoration with its versions, for a command; null when they have no shop or no decoration yet.
    public static async Task<ShopDecoration?> OwnDecorationAsync(this MerchantsDbContext db, Guid ownerId, CancellationToken ct)
    {
        var shopId = await db.ShopOfOwnerAsync(ownerId, ct);
        return shopId is null ? null : await db.Decorations.Include(d => d.Versions).FirstOrDefaultAsync(d => d.ShopId == shopId, ct);
    }
}
