using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Stocktakes;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

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
