using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

public sealed record StocktakeRow(Guid Id, string Number, string WarehouseName, string Zone, bool Blind, StocktakeStatus Status,
    int Lines, long Gain, long Loss, DateTime CreatedUtc);
public sealed record StocktakeList(PagedResult<StocktakeRow> Page, long TotalGain, long TotalLoss);

public sealed record ListStocktakes(Guid UserId, StocktakeStatus? Status, int PageNumber = 1, int PageSize = 20) : IQuery<StocktakeList>;

internal sealed class ListStocktakesHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<ListStocktakes, StocktakeList>
{
    public async Task<StocktakeList> Handle(ListStocktakes q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(new([], 1, q.PageSize, 0), 0, 0);
        var sheets = db.Stocktakes.AsNoTracking().Where(s => s.ShopId == shop);
        if (q.Status is { } status) sheets = sheets.Where(s => s.Status == status);
        // Variance of a line = counted − expected (uncounted lines have none yet).
        var rows = sheets.Select(s => new
        {
            s.Id, s.Number, s.Zone, s.Blind, s.Status, s.CreatedUtc,
            Warehouse = db.Warehouses.Where(w => w.Id == s.WarehouseId).Select(w => w.Name).FirstOrDefault() ?? "",
            Lines = s.Lines.Count,
            Gain = s.Lines.Where(l => l.Counted > l.Expected).Sum(l => (long?)(l.Counted!.Value - l.Expected)) ?? 0,
            Loss = s.Lines.Where(l => l.Counted < l.Expected).Sum(l => (long?)(l.Expected - l.Counted!.Value)) ?? 0,
        });
        var gain = await rows.SumAsync(r => r.Gain, ct);
        var loss = await rows.SumAsync(r => r.Loss, ct);
        var page = await rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        return new(page.Map(r => new StocktakeRow(r.Id, r.Number, r.Warehouse, r.Zone, r.Blind, r.Status, r.Lines, r.Gain, r.Loss, r.CreatedUtc)), gain, loss);
    }
}
