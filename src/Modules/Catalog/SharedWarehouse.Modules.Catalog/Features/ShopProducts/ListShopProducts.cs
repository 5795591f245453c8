using SharedWarehouse.BuildingBlocks.Messaging;

namespace SharedWarehouse.Modules.Catalog.Features.ShopProducts;

/// Products on sale in a shop, for its shop page: the chosen ones in the order chosen (those no longer on sale
/// are left out), or, without a choice, all of them, newest approval first.
public sealed record ListShopProducts(Guid ShopId, IReadOnlyList<Guid>? Chosen = null) : IQuery<IReadOnlyList<ShopProduct>>;

internal sealed class ListShopProductsHandler(ShopProductDirectory products) : IRequestHandler<ListShopProducts, IReadOnlyList<ShopProduct>>
{
    /// A shop page shows at most this many products.
    public const int Limit = 200;

    public async Task<IReadOnlyList<ShopProduct>> Handle(ListShopProducts query, CancellationToken ct) =>
        query.Chosen is { } chosen
            ? await products.FindOnSaleAsync(query.ShopId, chosen, ct)
            : await products.ListOnSaleAsync(query.ShopId, Limit, ct);
}
