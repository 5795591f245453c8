namespace SharedWarehouse.Modules.Catalog.Contracts;

/// <summary>A product a shop has on sale, as shop pages show it: the approved name, the lowest price of its approved
/// SKUs (fen) and the public address of its first approved image (null when it has none).</summary>
public sealed record ShopProduct(Guid ProductId, Guid ShopId, string Name, long LowestPriceFen, string? ImageUrl);

/// <summary>Read-only: only listed products with an approved version, always within one shop, so an id of another
/// shop's product (or of a draft) is simply not found.</summary>
public interface IShopProductDirectory
{
    /// The shop's products on sale, newest approval first, at most limit.
    Task<IReadOnlyList<ShopProduct>> ListOnSaleAsync(Guid shopId, int limit, CancellationToken ct);

    /// Those of the given products that are on sale in this shop.
    Task<IReadOnlyDictionary<Guid, ShopProduct>> FindOnSaleAsync(Guid shopId, IReadOnlyCollection<Guid> productIds, CancellationToken ct);
}
