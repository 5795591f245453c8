using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

/// Steps of the consignment flow that run inside Ordering's own transactions (payment, shipping, receipt, cancel), so
/// the reseller's sub-order and its purchases always change together (ADR 9).
internal static class ConsignmentPurchases
{
    /// Adds the purchases the order's consignment lines need, unless they exist (found by their derived key).
    public static async Task OpenAsync(OrderingDbContext db, IMerchantDirectory merchants, Order order, DateTime now, CancellationToken ct)
    {
        var purchases = order.OpenPurchases(now);
        if (purchases.Count == 0) return;
        var keys = purchases.Select(p => p.IdempotencyKey).ToList();
        var existing = await db.Orders.AsNoTracking().Where(o => o.BuyerId == Order.NoBuyer && keys.Contains(o.IdempotencyKey)).Select(o => o.IdempotencyKey).ToListAsync(ct);
        var fresh = purchases.Where(p => !existing.Contains(p.IdempotencyKey)).ToList();
        if (fresh.Count == 0) return;
        db.Orders.AddRange(fresh);
        var shops = await merchants.FindShopsAsync(fresh.Select(p => p.SubOrders.Single().ShopId).Concat(fresh.Select(p => p.ResellerShopId!.Value)).Distinct().ToList(), ct);
        foreach (var p in fresh)
        {
            var sub = p.SubOrders.Single();
            if (shops.TryGetValue(sub.ShopId, out var supplier))
                db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), supplier.OwnerId, "新代销采购单待发货",
                    "代销采购单 {0}（分销商：{1}）待发货，请直接发给买家", [sub.Number, shops.TryGetValue(p.ResellerShopId!.Value, out var r) ? r.Name : ""], null));
        }
    }

    public static Task<List<Order>> PurchasesOfAsync(OrderingDbContext db, IReadOnlyCollection<Guid> resellerSubOrderIds, CancellationToken ct)
    {
        var ids = resellerSubOrderIds.ToList();
        return db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments)
            .Where(o => o.Source == OrderSource.ConsignmentPurchase && o.ConsignedFromSubOrderId != null && ids.Contains(o.ConsignedFromSubOrderId.Value))
            .ToListAsync(ct);
    }
}
