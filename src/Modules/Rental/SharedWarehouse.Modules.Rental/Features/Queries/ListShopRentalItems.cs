using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// The merchant's rental items, and the approved SKUs it may still turn into one (for the new-item form). Null without a shop.
public sealed record ListShopRentalItems(Guid UserId) : IQuery<ShopRentalItems?>;

public sealed record ShopRentalItems(IReadOnlyList<RentalItemRow> Items, IReadOnlyList<SkuInfo> Candidates);

internal sealed class ListShopRentalItemsHandler(RentalDbContext db, IShopAccess shops, ICatalogSkuDirectory skus)
    : IRequestHandler<ListShopRentalItems, ShopRentalItems?>
{
    public async Task<ShopRentalItems?> Handle(ListShopRentalItems q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return null;
        var items = await db.Items.AsNoTracking().Where(i => i.ShopId == shop.ShopId).ToRows().ToListAsync(ct);
        var used = await db.Items.Where(i => i.ShopId == shop.ShopId).Select(i => i.SkuId).ToListAsync(ct);
        var candidates = (await skus.ListApprovedAsync(shop.ShopId, 500, ct)).Where(s => !used.Contains(s.SkuId)).ToList();
        return new ShopRentalItems(items, candidates);
    }
}
