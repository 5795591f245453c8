using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;

namespace SharedWarehouse.Modules.Ordering.Features.OfflineOrders;

/// The shop's approved SKUs offered on the form (code, name, retail price), so the merchant can pick rather than type.
public sealed record ListKeyableSkus(Guid UserId) : IQuery<IReadOnlyList<SkuInfo>>;

internal sealed class ListKeyableSkusHandler(Merchants.Contracts.IShopAccess shops, ICatalogSkuDirectory catalog)
    : IRequestHandler<ListKeyableSkus, IReadOnlyList<SkuInfo>>
{
    public async Task<IReadOnlyList<SkuInfo>> Handle(ListKeyableSkus q, CancellationToken ct) =>
        await shops.ActingAsync(q.UserId, ct) is { } shop ? await catalog.ListApprovedAsync(shop.ShopId, 500, ct) : [];
}
