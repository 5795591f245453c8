namespace SharedWarehouse.Modules.Merchants.Contracts;

public sealed record ShopSummary(Guid ShopId, Guid OwnerId, string Name, string RegionCode);

/// Read API for other modules: which shop a user owns.
public interface IMerchantDirectory
{
    Task<ShopSummary?> FindShopOfOwnerAsync(Guid ownerId, CancellationToken ct);
}
