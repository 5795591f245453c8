namespace SharedWarehouse.Modules.Merchants.Contracts;

/// The one question shop decoration asks about products: which of these are on sale in this shop (listed, with an
/// approved version)? Merchants owns the question and Catalog, a higher layer, answers it, so the dependency
/// points one way (docs/adr/0012-module-kit.md). The products themselves are shown by Catalog's view components.
public interface IShopProductsOnSale
{
    /// Those of productIds that are on sale in shopId; another shop's product or a draft is simply not in it.
    Task<IReadOnlySet<Guid>> WhichAreOnSaleAsync(Guid shopId, IReadOnlyCollection<Guid> productIds, CancellationToken ct);
}
