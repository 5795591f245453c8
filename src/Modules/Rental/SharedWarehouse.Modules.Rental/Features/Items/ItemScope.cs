using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Items;

internal static class ItemScope
{
    /// An item loaded by (id AND the signed-in owner's shop): another shop's item is not found.
    public static async Task<RentalItem?> OwnItemAsync(this RentalDbContext db, IShopAccess shops, Guid userId, Guid itemId, CancellationToken ct) =>
        await shops.ActingAsync(userId, ct) is { } shop
            ? await db.Items.Include(i => i.Units).FirstOrDefaultAsync(i => i.Id == itemId && i.ShopId == shop.ShopId, ct)
            : null;
}
