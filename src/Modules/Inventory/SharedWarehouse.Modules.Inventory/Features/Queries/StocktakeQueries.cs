using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Stocktakes;
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

public sealed record StocktakeLineView(Guid Id, string BinCode, string SkuCode, string ProductName, string SpecText, string Lot, DateOnly? ExpiryDate,
    long? Expected, long? Counted, long? Variance, bool IsFound, bool MovedSinceOpened);

public sealed record StocktakeView(Guid Id, string Number, Guid WarehouseId, string WarehouseName, string Zone, bool Blind, StocktakeStatus Status,
    bool ShowsExpected, string? ReturnReason, DateTime CreatedUtc, DateTime? SubmittedUtc, DateTime? DecidedUtc,
    IReadOnlyList<StocktakeLineView> Lines, IReadOnlyList<Bin> ZoneBins)
{
    public long Gain => Lines.Where(l => l.Variance > 0).Sum(l => l.Variance!.Value);
    public long Loss => -Lines.Where(l => l.Variance < 0).Sum(l => l.Variance!.Value);
}

/// One of the merchant's own sheets. A blind sheet hides expected quantities (and so variances) while counting.
public sealed record GetStocktake(Guid UserId, Guid Id) : IQuery<StocktakeView?>;

internal sealed class GetStocktakeHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus) : IRequestHandler<GetStocktake, StocktakeView?>
{
    public async Task<StocktakeView?> Handle(GetStocktake q, CancellationToken ct)
    {
        if (await StocktakeLoader.LoadAsync(db, scope, q.UserId, q.Id, ct) is not { } s) return null;
        var warehouse = await db.Warehouses.AsNoTracking().Include(w => w.Bins).SingleAsync(w => w.Id == s.WarehouseId, ct);
        var names = await skus.FindAsync(s.Lines.Select(l => l.SkuId).Distinct().ToList(), ct);
        var current = await CurrentOnHandAsync(s, ct);
        var show = s.ShowsExpected;
        var lines = s.Lines
            .Select(l => new StocktakeLineView(l.Id, warehouse.Bins.FirstOrDefault(b => b.Id == l.BinId)?.Code ?? "",
                names.TryGetValue(l.SkuId, out var n) ? n.Code : "?", n?.ProductName ?? "", n?.SpecText ?? "", l.Lot, l.ExpiryDate,
                show ? l.Expected : null, l.Counted, show && l.Counted is not null ? l.Variance : null, l.IsFound,
                // While the sheet is open, tell the approver which lines had movements after the count sheet was frozen.
                s.Status is StocktakeStatus.Counting or StocktakeStatus.Submitted && show && current.GetValueOrDefault((l.BinId, l.SkuId, l.Lot)) != l.Expected && !l.IsFound))
            .OrderBy(l => l.BinCode).ThenBy(l => l.SkuCode).ThenBy(l => l.Lot).ToList();
        return new StocktakeView(s.Id, s.Number, s.WarehouseId, warehouse.Name, s.Zone, s.Blind, s.Status, show, s.ReturnReason,
            s.CreatedUtc, s.SubmittedUtc, s.DecidedUtc, lines, warehouse.Bins.Where(b => b.Zone == s.Zone).OrderBy(b => b.Code).ToList());
    }

    private async Task<Dictionary<(Guid, Guid, string), long>> CurrentOnHandAsync(Stocktake s, CancellationToken ct)
    {
        var bins = s.Lines.Select(l => l.BinId).Distinct().ToList();
        var rows = await db.Balances.AsNoTracking().Where(b => b.OwnerShopId == s.ShopId && b.WarehouseId == s.WarehouseId && bins.Contains(b.BinId))
            .Select(b => new { b.BinId, b.SkuId, b.Lot, b.OnHand }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.BinId, r.SkuId, r.Lot), r => r.OnHand);
    }
}
