namespace SharedWarehouse.Modules.Catalog.Contracts;

/// A SKU a buyer can order now: its product is approved and listed and the SKU is part of the approved
/// version; names and specs are the approved ones, the price is the current retail price in fen.
/// SourceSkuId/SupplierShopId: a consignment SKU (代销) of the shop, whose stock is the supplier's SKU shared with the shop.
public sealed record SellableSku(Guid SkuId, Guid ProductId, Guid ShopId, string Code, string ProductName, string SpecText, long PriceFen, string? ImageUrl,
    Guid? SourceSkuId = null, Guid? SupplierShopId = null)
{
    public bool IsConsignment => SourceSkuId is not null;
}

public interface ISellableSkus
{
    /// Only the sellable ones among the ids; a delisted, unapproved or unknown SKU is simply absent.
    Task<IReadOnlyDictionary<Guid, SellableSku>> FindSellableAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct);

    /// Every sellable SKU of these products (what a buyer may exchange a line for), keyed by SKU id.
    Task<IReadOnlyDictionary<Guid, SellableSku>> FindSellableOfProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct);
}
