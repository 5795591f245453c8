using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Merchants.Data;

internal sealed class MerchantDirectory(MerchantsDbContext db) : IMerchantDirectory
{
    public Task<ShopSummary?> FindShopOfOwnerAsync(Guid ownerId, CancellationToken ct) =>
        db.Shops.AsNoTracking().Where(s => s.OwnerId == ownerId)
            .Select(s => new ShopSummary(s.Id, s.OwnerId, s.Name, s.RegionCode)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, ShopSummary>> FindShopsAsync(IReadOnlyCollection<Guid> shopIds, CancellationToken ct)
    {
        if (shopIds.Count == 0) return new Dictionary<Guid, ShopSummary>();
        return await db.Shops.AsNoTracking().Where(s => shopIds.Contains(s.Id))
            .Select(s => new ShopSummary(s.Id, s.OwnerId, s.Name, s.RegionCode)).ToDictionaryAsync(s => s.ShopId, ct);
    }

    public Task<ShopSummary?> FindShopByNameAsync(string name, CancellationToken ct)
    {
        var normalized = Domain.MerchantApplication.Normalize(name);
        return db.Shops.AsNoTracking().Where(s => s.NormalizedName == normalized)
            .Select(s => new ShopSummary(s.Id, s.OwnerId, s.Name, s.RegionCode)).FirstOrDefaultAsync(ct);
    }
}
