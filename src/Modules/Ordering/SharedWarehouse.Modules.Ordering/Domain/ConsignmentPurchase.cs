using System.Security.Cryptography;
using System.Text;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// Where a consignment line's goods come from, frozen at checkout: the supplier's shop, SKU and product, and the
/// wholesale unit price for the reseller's level at the line's quantity (fen).
public sealed record LineSupply(Guid SupplierShopId, Guid SupplierSkuId, Guid SupplierProductId, string SupplierSkuCode, long WholesaleUnitFen);

/// The consignment purchase (代销采购单): one order per reseller sub-order and supplier, with the supplier's sub-order at
/// wholesale prices, shipped by the supplier straight to the buyer (ADR 9).
public sealed partial class Order
{
    /// The reseller's sub-order this purchase supplies, and the reseller's shop (its name goes on the packing slip).
    public Guid? ConsignedFromSubOrderId { get; private set; }
    public Guid? ResellerShopId { get; private set; }
    public bool IsConsignmentPurchase => Source == OrderSource.ConsignmentPurchase;

    /// The purchase's idempotency key: the same reseller sub-order and supplier always give the same key, so the unique
    /// (buyer, key) index refuses a second purchase whatever delivers the payment twice.
    public static Guid PurchaseKey(Guid resellerSubOrderId, Guid supplierShopId) =>
        new(MD5.HashData(Encoding.ASCII.GetBytes($"consignment:{resellerSubOrderId:N}:{supplierShopId:N}")));

    /// The purchases a paid (or cash-on-delivery) order needs: one per sub-order and supplier of its consignment lines.
    /// They are to ship at once: the buyer's money is in, the supplier is paid through the settlement.
    public IReadOnlyList<Order> OpenPurchases(DateTime now)
    {
        var purchases = new List<Order>();
        foreach (var sub in _subOrders)
            foreach (var supplier in sub.Lines.Where(l => l.IsConsigned).GroupBy(l => l.Supply!.SupplierShopId))
            {
                var purchase = new Order
                {
                    BuyerId = NoBuyer, IdempotencyKey = PurchaseKey(sub.Id, supplier.Key), PayBy = PayBy.Consignment, Delivery = Delivery,
                    // Copies: an owned value belongs to one order, and both orders are saved together.
                    ShipTo = ShipTo with { }, Invoice = Invoice.None with { }, BuyerMessage = BuyerMessage, Status = OrderStatus.Placing, PlacedUtc = now,
                    PaymentDeadlineUtc = now, PaidUtc = now, Source = OrderSource.ConsignmentPurchase, ConsignedFromSubOrderId = sub.Id,
                    ResellerShopId = sub.ShopId,
                };
                purchase.Number = now.ToString("yyyyMMddHHmm") + purchase.Id.ToString("N")[^8..].ToUpperInvariant();
                var supplied = new SubOrder(purchase.Id, supplier.Key, $"{purchase.Number}-1");
                foreach (var line in supplier) supplied.AddPurchaseLine(line);
                purchase._subOrders.Add(supplied);
                purchase.Move(supplied, OrderStatus.ToShip, null, $"代销订单 {sub.Number} 已付款", now);
                purchases.Add(purchase);
            }
        return purchases;
    }

    /// The supplier shipped (part of) a purchase: the reseller's sub-order ships the same goods under the same waybill.
    /// quantities: by the reseller's consignment line id.
    public Result ShipConsigned(Guid subOrderId, Guid by, IReadOnlyDictionary<Guid, int> quantities, string carrier, string trackingNumber, DateTime now)
    {
        var sub = _subOrders.FirstOrDefault(s => s.Id == subOrderId);
        if (sub is null) return Error.NotFound();
        if (sub.Status is not (OrderStatus.ToShip or OrderStatus.PartiallyShipped)) return Error.Conflict("代销订单不在待发货状态");
        var parts = new List<(OrderLine Line, int Quantity)>();
        foreach (var (lineId, q) in quantities.Where(x => x.Value > 0))
        {
            var line = sub.Lines.FirstOrDefault(l => l.Id == lineId && l.IsConsigned);
            if (line is null || q > line.Quantity - line.ShippedQuantity) return Error.Conflict("代销订单的发货数量不一致");
            parts.Add((line, q));
        }
        if (parts.Count == 0) return Result.Success();
        _shipments.Add(new Shipment(Id, sub.Id, carrier, trackingNumber, by, now, parts.Select(p => new ShipmentLine(p.Line.Id, p.Quantity)).ToList()));
        foreach (var (line, q) in parts) line.ShippedQuantity += q;
        var complete = sub.Lines.All(l => l.ShippedQuantity == l.Quantity);
        Move(sub, complete ? OrderStatus.Shipped : OrderStatus.PartiallyShipped, by, $"供货商发货 {carrier} {trackingNumber}", now);
        return Result.Success();
    }

    /// The buyer received the reseller's sub-order (or it was confirmed automatically): its purchase is received too.
    public void PurchaseReceived(DateTime now)
    {
        foreach (var s in _subOrders.Where(s => s.Status == OrderStatus.Shipped)) Move(s, OrderStatus.Received, null, "买家已确认收货", now);
    }

    /// The buyer's order was cancelled before anything shipped: the purchase is cancelled with it.
    public void PurchaseCancelled(string reason, DateTime now)
    {
        foreach (var s in _subOrders.Where(s => s.Status == OrderStatus.ToShip)) Move(s, OrderStatus.Cancelled, null, reason, now);
    }
}
