using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Ordering.Features.OfflineOrders;

/// The shop's approved SKUs offered on the form (code, name, retail price), so the merchant can pick rather than type.
public sealed record ListKeyableSkus(Guid UserId) : IQuery<IReadOnlyList<SkuInfo>>;

internal sealed class ListKeyableSkusHandler(Merchants.Contracts.IMerchantDirectory merchants, ICatalogSkuDirectory catalog)
    : IRequestHandler<ListKeyableSkus, IReadOnlyList<SkuInfo>>
{
    public async Task<IReadOnlyList<SkuInfo>> Handle(ListKeyableSkus q, CancellationToken ct) =>
        await merchants.FindShopOfOwnerAsync(q.UserId, ct) is { } shop ? await catalog.ListApprovedAsync(shop.ShopId, 500, ct) : [];
}
