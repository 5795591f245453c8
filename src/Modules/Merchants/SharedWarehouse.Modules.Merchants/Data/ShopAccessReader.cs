using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Merchants.Data;

/// One indexed read per call, no cache, so a change of roles or a removal applies to the very next request.
internal sealed class ShopAccessReader(MerchantsDbContext db) : IShopAccess
{
    public async Task<ShopAccess?> ActingAsync(Guid userId, CancellationToken ct)
    {
        var row = await db.Members.AsNoTracking().ActingFirst(userId)
            .Join(db.Shops, m => m.ShopId, s => s.Id, (m, s) => new { s.Id, s.Name, m.IsOwner, m.RoleKeysJson })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var permissions = row.IsOwner
            ? ShopPermissions.All
            : ShopRoles.PermissionsOf(JsonSerializer.Deserialize<string[]>(row.RoleKeysJson) ?? []);
        return new ShopAccess(row.Id, row.Name, row.IsOwner, permissions);
    }
}
