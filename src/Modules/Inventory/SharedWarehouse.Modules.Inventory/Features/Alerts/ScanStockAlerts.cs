using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Alerts;

public sealed record AlertScan(int Raised, int Cleared, int ShopsNotified);

/// Run by the alert job: raises low-stock and near-expiry alerts that are new, clears those whose condition
/// is gone, and sends each affected merchant ONE inbox message per run (a digest, not one per SKU).
public sealed record ScanStockAlerts : ICommand<AlertScan>;

internal sealed class ScanStockAlertsHandler(InventoryDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<ScanStockAlerts, Result<AlertScan>>
{
    public async Task<Result<AlertScan>> Handle(ScanStockAlerts c, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now); // expiry dates are printed on goods in China
        var open = await db.Alerts.Where(a => a.ClearedUtc == null).ToListAsync(ct);
        var stillTrue = new HashSet<Guid>();
        var raised = new List<StockAlert>();

        var lows = await db.Thresholds.AsNoTracking()
            .Select(t => new { t.ShopId, t.SkuId, t.Threshold,
                Available = db.Balances.Where(b => b.OwnerShopId == t.ShopId && b.SkuId == t.SkuId).Sum(b => (long?)(b.OnHand - b.Reserved)) ?? 0 })
            .Where(x => x.Available < x.Threshold).ToListAsync(ct);
        foreach (var low in lows)
        {
            var existing = open.FirstOrDefault(a => a.Kind == StockAlertKind.LowStock && a.ShopId == low.ShopId && a.SkuId == low.SkuId);
            if (existing is not null) stillTrue.Add(existing.Id);
            else raised.Add(StockAlert.LowStock(low.ShopId, low.SkuId, low.Available, low.Threshold, now));
        }

        var days = await db.AlertSettings.AsNoTracking().ToDictionaryAsync(s => s.ShopId, s => s.NearExpiryDays, ct);
        var horizon = today.AddDays(days.Values.DefaultIfEmpty(StockAlertSettings.DefaultNearExpiryDays).Max());
        var expiring = await db.Balances.AsNoTracking().Where(b => b.OnHand > 0 && b.ExpiryDate != null && b.ExpiryDate <= horizon)
            .Select(b => new { b.Id, b.OwnerShopId, b.SkuId, b.OnHand, Expiry = b.ExpiryDate!.Value }).ToListAsync(ct);
        foreach (var lot in expiring.Where(b => b.Expiry <= today.AddDays(days.GetValueOrDefault(b.OwnerShopId, StockAlertSettings.DefaultNearExpiryDays))))
        {
            var existing = open.FirstOrDefault(a => a.Kind == StockAlertKind.NearExpiry && a.BalanceId == lot.Id);
            if (existing is not null) stillTrue.Add(existing.Id);
            else raised.Add(StockAlert.NearExpiry(lot.OwnerShopId, lot.SkuId, lot.Id, lot.OnHand, lot.Expiry, now));
        }

        var cleared = open.Where(a => !stillTrue.Contains(a.Id)).ToList();
        foreach (var a in cleared) a.Clear(now);
        db.Alerts.AddRange(raised);
        var notified = await NotifyAsync(raised, ct);
        return new AlertScan(raised.Count, cleared.Count, notified);
    }

    private async Task<int> NotifyAsync(List<StockAlert> raised, CancellationToken ct)
    {
        var byShop = raised.GroupBy(a => a.ShopId).ToList();
        var shops = await merchants.FindShopsAsync(byShop.Select(g => g.Key).ToList(), ct);
        foreach (var g in byShop.Where(g => shops.ContainsKey(g.Key)))
        {
            var low = g.Count(a => a.Kind == StockAlertKind.LowStock).ToString();
            var expiring = g.Count(a => a.Kind == StockAlertKind.NearExpiry).ToString();
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shops[g.Key].OwnerId, "库存预警",
                "{0} 个SKU低于安全库存，{1} 个批次临近到期或已过期", [low, expiring], "/merchant/stock/alerts"));
        }
        return byShop.Count(g => shops.ContainsKey(g.Key));
    }
}
