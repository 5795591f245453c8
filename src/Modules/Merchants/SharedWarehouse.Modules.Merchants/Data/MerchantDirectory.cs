using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Merchants.Data;

internal sealed class MerchantDirectory(MerchantsDbContext db) : IMerchantDirectory
{
    public Task<ShopSummary?> FindShopOfOwnerAsync(Guid ownerId, CancellationToken ct) =>
        db.Shops.AsNoTracking().Where(s => s.OwnerId == ownerId)
            .Select(s => new ShopSummary(s.Id, s.OwnerId, s.Name, s.RegionCode)).FirstOrDefaultAsync(ct);
}
