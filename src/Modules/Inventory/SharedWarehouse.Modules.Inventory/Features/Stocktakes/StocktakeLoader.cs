using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

internal static class StocktakeLoader
{
    /// Only the signed-in merchant's own sheet; another merchant's id is simply not found.
    public static async Task<Stocktake?> LoadAsync(InventoryDbContext db, ShopScope scope, Guid userId, Guid id, CancellationToken ct) =>
        await scope.ShopOfAsync(userId, ct) is { } shop
            ? await db.Stocktakes.Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == id && s.ShopId == shop, ct)
            : null;
}
