using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

public sealed record ThresholdRow(Guid Id, string SkuCode, string ProductName, long Threshold, long Available)
{
    public bool IsLow => Available < Threshold;
}

public sealed record AlertRow(StockAlertKind Kind, string SkuCode, string ProductName, string? Lot, string? WarehouseName,
    long Quantity, long? Threshold, DateOnly? ExpiryDate, DateTime RaisedUtc);

public sealed record StockAlertsView(int NearExpiryDays, IReadOnlyList<ThresholdRow> Thresholds, IReadOnlyList<AlertRow> OpenAlerts);

/// The merchant's alert settings, safety stocks with today's available, and the alerts still open.
public sealed record GetStockAlerts(Guid UserId) : IQuery<StockAlertsView>;

internal sealed class GetStockAlertsHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus) : IRequestHandler<GetStockAlerts, StockAlertsView>
{
    public async Task<StockAlertsView> Handle(GetStockAlerts q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(StockAlertSettings.DefaultNearExpiryDays, [], []);
        var days = await db.AlertSettings.Where(s => s.ShopId == shop).Select(s => (int?)s.NearExpiryDays).FirstOrDefaultAsync(ct)
                   ?? StockAlertSettings.DefaultNearExpiryDays;
        var thresholds = await db.Thresholds.AsNoTracking().Where(t => t.ShopId == shop)
            .Select(t => new { t.Id, t.SkuId, t.Threshold,
                Available = db.Balances.Where(b => b.OwnerShopId == shop && b.SkuId == t.SkuId).Sum(b => (long?)(b.OnHand - b.Reserved)) ?? 0 })
            .ToListAsync(ct);
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.ShopId == shop && a.ClearedUtc == null)
            .OrderByDescending(a => a.RaisedUtc).Take(200)
            .Select(a => new { a.Kind, a.SkuId, a.Quantity, a.Threshold, a.ExpiryDate, a.RaisedUtc,
                Lot = db.Balances.Where(b => b.Id == a.BalanceId).Select(b => b.Lot).FirstOrDefault(),
                Warehouse = db.Balances.Where(b => b.Id == a.BalanceId)
                    .Select(b => db.Warehouses.Where(w => w.Id == b.WarehouseId).Select(w => w.Name).FirstOrDefault()).FirstOrDefault() })
            .ToListAsync(ct);
        var names = await skus.FindAsync(thresholds.Select(t => t.SkuId).Concat(alerts.Select(a => a.SkuId)).Distinct().ToList(), ct);
        string Code(Guid id) => names.TryGetValue(id, out var s) ? s.Code : "?";
        string Name(Guid id) => names.TryGetValue(id, out var s) ? s.ProductName : "";
        return new(days,
            thresholds.Select(t => new ThresholdRow(t.Id, Code(t.SkuId), Name(t.SkuId), t.Threshold, t.Available)).OrderBy(t => t.SkuCode).ToList(),
            alerts.Select(a => new AlertRow(a.Kind, Code(a.SkuId), Name(a.SkuId), a.Lot, a.Warehouse, a.Quantity, a.Threshold, a.ExpiryDate, a.RaisedUtc)).ToList());
    }
}
