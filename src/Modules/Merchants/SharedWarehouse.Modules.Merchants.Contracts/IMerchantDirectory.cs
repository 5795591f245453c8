namespace SharedWarehouse.Modules.Merchants.Contracts;

public sealed record ShopSummary(Guid ShopId, Guid OwnerId, string Name, string RegionCode);

/// Read API for other modules: which shop a user owns.
public interface IMerchantDirectory
{
    Task<ShopSummary?> FindShopOfOwnerAsync(Guid ownerId, CancellationToken ct);

    /// The shops with these ids (unknown ids are left out); names for lists, owners for notifications.
    Task<IReadOnlyDictionary<Guid, ShopSummary>> FindShopsAsync(IReadOnlyCollection<Guid> shopIds, CancellationToken ct);

    /// The shop with exactly this name (ignoring case and surrounding spaces, as shop names are unique that way), or null.
    Task<ShopSummary?> FindShopByNameAsync(string name, CancellationToken ct);
}
