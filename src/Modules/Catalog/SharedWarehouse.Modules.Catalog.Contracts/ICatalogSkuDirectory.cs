namespace SharedWarehouse.Modules.Catalog.Contracts;

/// <summary>What other modules may know about a SKU (read-only; prices in fen). SourceSkuId/SupplierShopId: set for a
/// reseller's consignment SKU (代销), which sells that supplier SKU from the supplier's stock shared with the reseller.</summary>
public sealed record SkuInfo(Guid SkuId, Guid ProductId, Guid ShopId, string Code, string? Barcode, string ProductName, string SpecText, int? ShelfLifeDays, bool IsApproved, long RetailPriceFen,
    Guid? SourceSkuId = null, Guid? SupplierShopId = null);

public interface ICatalogSkuDirectory
{
    Task<IReadOnlyDictionary<Guid, SkuInfo>> FindAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct);
    Task<SkuInfo?> FindByCodeAsync(Guid shopId, string code, CancellationToken ct);

    /// The shop's SKUs with these codes (trimmed, matched exactly as FindByCodeAsync does), keyed by code; codes the
    /// shop has no SKU for are left out. One query for a whole batch of codes.
    Task<IReadOnlyDictionary<string, SkuInfo>> FindByCodesAsync(Guid shopId, IReadOnlyCollection<string> codes, CancellationToken ct);

    /// Ids of the shop's SKUs whose code or product name contains the keyword (at most limit, for list filters).
    Task<IReadOnlyList<Guid>> SearchAsync(Guid shopId, string keyword, int limit, CancellationToken ct);

    /// The shop's approved SKUs (listed or not), by code, at most limit: what the shop may sell offline.
    Task<IReadOnlyList<SkuInfo>> ListApprovedAsync(Guid shopId, int limit, CancellationToken ct);
}
