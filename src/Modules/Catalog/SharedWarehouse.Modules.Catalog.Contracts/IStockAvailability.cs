namespace SharedWarehouse.Modules.Catalog.Contracts;

/// What can be sold of each SKU, as product pages, search and the consignment browser show it. Catalog owns the
/// question and Inventory (a higher layer, which knows the stock) answers it, so Catalog needs no reference to
/// Inventory (docs/adr/0012-module-kit.md, "a lower layer owns its questions"). Ordering asks it too.
public interface IStockAvailability
{
    /// available = on-hand − reserved of each SKU's owner's own stock (what the owner can sell)
    Task<IReadOnlyDictionary<Guid, long>> AvailableAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct);
    /// The same rule for callers that already know each SKU's owner (a listing page): which of these SKUs have
    /// available > 0 in their owner's own stock. One query, no lookup of the owners.
    Task<IReadOnlySet<Guid>> InStockAsync(IReadOnlyCollection<OwnedSku> skus, CancellationToken ct);
    /// what a viewing merchant may see of other owners' stock: only within sharing grants
    Task<IReadOnlyList<SharedStock>> SharedWithAsync(Guid viewerShopId, IReadOnlyCollection<Guid> skuIds, CancellationToken ct);
}

public sealed record OwnedSku(Guid SkuId, Guid OwnerShopId);

public sealed record SharedStock(Guid SkuId, Guid OwnerShopId, Guid WarehouseId, long Available);
