using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;

namespace SharedWarehouse.Modules.Returns.Features.Queries;

/// The merchant's after-sales desk: one filter's page and every filter's count. Null when the user has no shop.
public sealed record ListShopAfterSales(Guid UserId, DeskFilter Filter, int Page) : IQuery<ShopAfterSales?>;

public sealed record ShopAfterSales(PagedResult<AfterSaleRow> Rows, IReadOnlyDictionary<DeskFilter, int> Counts);

internal sealed class ListShopAfterSalesHandler(ReturnsDbContext db, IShopAccess shops, TimeProvider time)
    : IRequestHandler<ListShopAfterSales, ShopAfterSales?>
{
    public async Task<ShopAfterSales?> Handle(ListShopAfterSales q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return null;
        var now = time.GetUtcNow().UtcDateTime;
        var mine = db.Requests.OfShop(shop.ShopId);
        var counts = new Dictionary<DeskFilter, int>();
        foreach (var f in new[] { DeskFilter.Open, DeskFilter.ToAgree, DeskFilter.ToReceive, DeskFilter.Escalated, DeskFilter.DueSoon })
            counts[f] = await mine.Filter(f, now, shop.ShopId).CountAsync(ct);
        return new ShopAfterSales(await mine.Filter(q.Filter, now, shop.ShopId).ToRows().ToPagedResultAsync(q.Page, 20, ct), counts);
    }
}
