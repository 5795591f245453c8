using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// Placing: stored, stock being reserved (never shown to anyone). The other states are the merchant sub-order's;
/// the parent order's status is derived from its sub-orders.
public enum OrderStatus { Placing = 0, AwaitingPayment = 1, ToShip = 2, PartiallyShipped = 3, Shipped = 4, Received = 5, Cancelled = 8, Failed = 9 }

/// PaidOffline: a merchant-keyed order the buyer already paid in cash or by bank transfer (never offered at checkout).
/// Consignment: a consignment purchase, paid to the supplier through the consignment settlement.
public enum PayBy { Online = 1, CashOnDelivery = 2, PaidOffline = 3, Consignment = 4 }

public enum DeliveryMethod { Express = 1, SelfPickup = 2 }

/// Money going back to the buyer: requested from Payments (with a cancellation, or for a payment that came too late)
/// until Payments reports it refunded.
public enum RefundStatus { None = 0, Requested = 1, Refunded = 2 }

/// One checkout: a parent order under one payment, split into one sub-order per merchant.
public sealed partial class Order : AggregateRoot
{
    public const int MaxMessageLength = 200;
    private readonly List<SubOrder> _subOrders = [];
    private readonly List<OrderTransition> _transitions = [];
    private readonly List<Shipment> _shipments = [];
    private Order() { }

    public string Number { get; private set; } = "";
    public Guid BuyerId { get; private set; }
    /// The checkout form's one-time key: a second submission of the same form finds this order instead of making another.
    public Guid IdempotencyKey { get; private set; }
    public PayBy PayBy { get; private set; }
    public DeliveryMethod Delivery { get; private set; }
    public ShipTo ShipTo { get; private set; } = null!;
    public Invoice Invoice { get; private set; } = null!;
    public string? BuyerMessage { get; private set; }
    public OrderStatus Status { get; private set; }
    public DateTime PlacedUtc { get; private set; }
    public DateTime PaymentDeadlineUtc { get; private set; }
    public DateTime? PaidUtc { get; private set; }
    public string? FailureReason { get; private set; }
    public RefundStatus Refund { get; private set; }
    public long RefundFen { get; private set; }
    public IReadOnlyList<SubOrder> SubOrders => _subOrders;
    public IReadOnlyList<OrderTransition> Transitions => _transitions;
    public IReadOnlyList<Shipment> Shipments => _shipments;
    public long TotalFen => _subOrders.Sum(s => s.TotalFen);

    /// Supply: set for a consignment line (代销), where its goods come from and at what wholesale price.
    public sealed record Line(Guid ShopId, Guid SkuId, Guid ProductId, string SkuCode, string ProductName, string SpecText, long UnitPriceFen, int Quantity,
        LineSupply? Supply = null);

    public static Result<Order> Open(Guid buyerId, Guid idempotencyKey, PayBy payBy, DeliveryMethod delivery, ShipTo shipTo, Invoice invoice,
        string? message, IReadOnlyList<Line> lines, ShippingPolicy shipping, DateTime now, TimeSpan paymentWindow)
    {
        if (lines.Count == 0) return Error.Validation("", "购物车里没有可下单的商品");
        if (message?.Trim().Length > MaxMessageLength) return Error.Validation("Message", "留言最多 {0} 个字", MaxMessageLength);
        var order = new Order
        {
            BuyerId = buyerId, IdempotencyKey = idempotencyKey, PayBy = payBy, Delivery = delivery, ShipTo = shipTo, Invoice = invoice,
            BuyerMessage = string.IsNullOrWhiteSpace(message) ? null : message.Trim(), Status = OrderStatus.Placing, PlacedUtc = now,
            PaymentDeadlineUtc = now + paymentWindow,
        };
        // Time-ordered prefix for people, the v7 id's random tail for uniqueness without a counter row.
        order.Number = now.ToString("yyyyMMddHHmm") + order.Id.ToString("N")[^8..].ToUpperInvariant();
        var index = 0;
        foreach (var shop in lines.GroupBy(l => l.ShopId))
        {
            var sub = new SubOrder(order.Id, shop.Key, $"{order.Number}-{++index}");
            foreach (var l in shop) sub.AddLine(l);
            sub.PriceShipping(shipping.FeeFor(delivery, sub.LinesFen));
            order._subOrders.Add(sub);
        }
        return order;
    }

    /// Stock is reserved for every line: the order becomes visible, waiting for payment (or to ship, cash on delivery).
    /// A merchant-keyed order was paid before it was keyed in, so it is to ship at once, moved by the merchant user.
    public Result Placed(DateTime now)
    {
        if (Status != OrderStatus.Placing) return Error.Conflict("订单状态已变化");
        var next = PayBy is PayBy.CashOnDelivery or PayBy.PaidOffline ? OrderStatus.ToShip : OrderStatus.AwaitingPayment;
        if (PayBy == PayBy.PaidOffline) PaidUtc = now;
        foreach (var s in _subOrders) Move(s, next, KeyedByUserId, Source == OrderSource.MerchantKeyed ? "商家录入线下订单" : "下单成功", now);
        return Result.Success();
    }

    /// Stock could not be reserved (or placing was interrupted): the order never becomes visible.
    public Result Fail(string reason, DateTime now)
    {
        if (Status != OrderStatus.Placing) return Error.Conflict("订单状态已变化");
        FailureReason = reason;
        foreach (var s in _subOrders) Move(s, OrderStatus.Failed, null, reason, now);
        return Result.Success();
    }

    public Result MarkPaid(long amountFen, DateTime paidUtc)
    {
        if (Status != OrderStatus.AwaitingPayment) return Error.Conflict("订单不在待支付状态");
        if (amountFen != TotalFen) return Error.Conflict("支付金额与订单金额不一致");
        PaidUtc = paidUtc;
        foreach (var s in _subOrders) Move(s, OrderStatus.ToShip, null, "已支付", paidUtc);
        return Result.Success();
    }

    /// Before anything has shipped, the whole order can be cancelled (by the buyer, or by the system at the deadline).
    public Result Cancel(Guid? by, string reason, DateTime now)
    {
        if (Status is not (OrderStatus.AwaitingPayment or OrderStatus.ToShip)) return Error.Conflict("订单已发货或已结束，不能取消");
        if (IsExchange) return Error.Conflict("换货订单不能取消，如有问题请对原订单申请售后");
        if (string.IsNullOrWhiteSpace(reason)) return Error.Validation("Reason", "请选择取消原因");
        foreach (var s in _subOrders) Move(s, OrderStatus.Cancelled, by, reason.Trim(), now);
        return Result.Success();
    }

    public bool IsPaid => PaidUtc is not null;

    /// A refund was asked of Payments (the event is published with this change, in one transaction).
    public void RefundRequested(long amountFen)
    {
        Refund = RefundStatus.Requested;
        RefundFen += amountFen;
    }

    /// Payments reports the money returned; a repeated report changes nothing.
    public void Refunded()
    {
        if (Refund == RefundStatus.Requested) Refund = RefundStatus.Refunded;
    }

    /// What shipping these quantities of the shop's sub-order would send, or why it cannot: checked before a waybill
    /// is booked, and again by Ship.
    public Result<List<(OrderLine Line, int Quantity)>> PlanShipment(Guid subOrderId, Guid shopId, IReadOnlyDictionary<Guid, int> quantities)
    {
        var sub = _subOrders.FirstOrDefault(s => s.Id == subOrderId && s.ShopId == shopId);
        if (sub is null) return Error.NotFound();
        if (sub.Status is not (OrderStatus.ToShip or OrderStatus.PartiallyShipped)) return Error.Conflict("该子订单不在待发货状态");
        var parts = new List<(OrderLine Line, int Quantity)>();
        foreach (var line in sub.Lines)
        {
            var q = quantities.GetValueOrDefault(line.Id);
            if (q > 0 && line.IsConsigned) return Error.Validation($"Quantities[{line.Id}]", "代销商品由供货商直接发货");
            if (q < 0 || q > line.Quantity - line.ShippedQuantity)
                return Error.Validation($"Quantities[{line.Id}]", "发货数量应在 0 到 {0} 之间", line.Quantity - line.ShippedQuantity);
            if (q > 0) parts.Add((line, q));
        }
        if (parts.Count == 0) return Error.Validation("", "请至少发出一件商品");
        return parts;
    }

    /// The merchant ships some or all of what is left of its sub-order's lines, under one waybill.
    public Result<Shipment> Ship(Guid subOrderId, Guid shopId, Guid by, IReadOnlyDictionary<Guid, int> quantities, string carrier, string trackingNumber, DateTime now)
    {
        var planned = PlanShipment(subOrderId, shopId, quantities);
        if (planned.IsFailure) return Result<Shipment>.Failure(planned.Errors);
        var sub = _subOrders.Single(s => s.Id == subOrderId);
        var parts = planned.Value;
        var shipment = new Shipment(Id, sub.Id, carrier, trackingNumber, by, now, parts.Select(p => new ShipmentLine(p.Line.Id, p.Quantity)).ToList());
        foreach (var (line, q) in parts) line.ShippedQuantity += q;
        _shipments.Add(shipment);
        var complete = sub.Lines.All(l => l.ShippedQuantity == l.Quantity);
        Move(sub, complete ? OrderStatus.Shipped : OrderStatus.PartiallyShipped, by, $"{carrier} {trackingNumber}", now);
        return shipment;
    }

    /// The buyer (or, after the configured days, the system) confirms receipt of every fully shipped sub-order.
    public Result ConfirmReceived(Guid? by, DateTime now)
    {
        var shipped = _subOrders.Where(s => s.Status == OrderStatus.Shipped).ToList();
        if (shipped.Count == 0 || _subOrders.Any(s => s.Status is OrderStatus.ToShip or OrderStatus.PartiallyShipped or OrderStatus.AwaitingPayment))
            return Error.Conflict("订单还未全部发货，暂不能确认收货");
        foreach (var s in shipped) Move(s, OrderStatus.Received, by, by is null ? "超时自动确认收货" : "买家确认收货", now);
        return Result.Success();
    }

    public DateTime? LastShippedUtc => _shipments.Count == 0 ? null : _shipments.Max(s => s.ShippedUtc);

    private void Move(SubOrder sub, OrderStatus to, Guid? by, string reason, DateTime now)
    {
        _transitions.Add(new OrderTransition(Id, sub.Id, sub.Status, to, by, reason, now));
        sub.Status = to;
        Status = Derive(_subOrders.Select(s => s.Status).ToList());
    }

    /// The parent shows the least advanced live sub-order; cancelled ones only count when all are cancelled.
    public static OrderStatus Derive(IReadOnlyList<OrderStatus> subs)
    {
        if (subs.All(s => s == OrderStatus.Failed)) return OrderStatus.Failed;
        if (subs.All(s => s == OrderStatus.Cancelled)) return OrderStatus.Cancelled;
        var live = subs.Where(s => s is not (OrderStatus.Cancelled or OrderStatus.Failed)).ToList();
        if (live.Contains(OrderStatus.Placing)) return OrderStatus.Placing;
        if (live.Contains(OrderStatus.AwaitingPayment)) return OrderStatus.AwaitingPayment;
        if (live.All(s => s == OrderStatus.Received)) return OrderStatus.Received;
        if (live.All(s => s is OrderStatus.Shipped or OrderStatus.Received)) return OrderStatus.Shipped;
        if (live.Any(s => s is OrderStatus.Shipped or OrderStatus.PartiallyShipped or OrderStatus.Received)) return OrderStatus.PartiallyShipped;
        return OrderStatus.ToShip;
    }
}

/// One merchant's part of an order, with its own state; totals = lines + shipping − discount, in fen.
public sealed class SubOrder : Entity
{
    private readonly List<OrderLine> _lines = [];
    private SubOrder() { }
    internal SubOrder(Guid orderId, Guid shopId, string number) { OrderId = orderId; ShopId = shopId; Number = number; Status = OrderStatus.Placing; }

    public Guid OrderId { get; private set; }
    public Guid ShopId { get; private set; }
    public string Number { get; private set; } = "";
    public OrderStatus Status { get; internal set; }
    public long ShippingFen { get; private set; }
    public long DiscountFen { get; private set; }
    public IReadOnlyList<OrderLine> Lines => _lines;
    public long LinesFen => _lines.Sum(l => l.AmountFen);
    public long TotalFen => TotalOf(_lines);

    /// The sub-order's total over these lines: for a query that loaded the lines apart from the sub-order (a list
    /// reads them in one go), so that it cannot add up a sub-order whose lines it never loaded.
    public long TotalOf(IEnumerable<OrderLine> lines) => lines.Sum(l => l.AmountFen) + ShippingFen - DiscountFen;

    internal void AddLine(Order.Line l) =>
        _lines.Add(new OrderLine(Id, l.SkuId, l.ProductId, l.SkuCode, l.ProductName, l.SpecText, l.UnitPriceFen, l.Quantity, $"{Number}-{_lines.Count + 1}")
            { Supply = l.Supply });

    internal OrderLine AddPurchaseLine(OrderLine consigned)
    {
        var s = consigned.Supply!;
        var line = new OrderLine(Id, s.SupplierSkuId, s.SupplierProductId, s.SupplierSkuCode, consigned.ProductName, consigned.SpecText,
            s.WholesaleUnitFen, consigned.Quantity, $"{Number}-{_lines.Count + 1}") { StockRef = consigned.ReservationRef, ConsignedLineId = consigned.Id };
        _lines.Add(line);
        return line;
    }

    /// A replacement goes out free of charge under the reservation the exchange made for it.
    internal void AddReplacementLine(Contracts.ExchangeLine l) =>
        _lines.Add(new OrderLine(Id, l.SkuId, l.ProductId, l.SkuCode, l.ProductName, l.SpecText, 0, l.Quantity, l.ReservationRef));

    internal void PriceShipping(long fen) => ShippingFen = fen;

    internal void GiveDiscount(long fen) => DiscountFen = fen;

    /// After-sales requests open on this sub-order (kept by Ordering from the Returns module's events): while any is
    /// open the sub-order is not confirmed received automatically.
    public int OpenAfterSales { get; private set; }

    public void AfterSaleOpened() => OpenAfterSales++;

    public void AfterSaleClosed() => OpenAfterSales = Math.Max(0, OpenAfterSales - 1);

    /// What the buyer paid for each line after the sub-order's discount: the discount is shared by line amount, the
    /// rounding remainder on the last line, so the parts always add up to the goods total minus the discount.
    public IReadOnlyDictionary<Guid, long> PaidPerLine() => Apportion(_lines.Select(l => (l.Id, l.AmountFen)).ToList(), DiscountFen);

    public static IReadOnlyDictionary<Guid, long> Apportion(IReadOnlyList<(Guid Id, long AmountFen)> lines, long discountFen)
    {
        var total = lines.Sum(l => l.AmountFen);
        var paid = new Dictionary<Guid, long>();
        long given = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var share = i == lines.Count - 1 || total == 0 ? discountFen - given : (long)((decimal)discountFen * lines[i].AmountFen / total);
            given += share;
            paid[lines[i].Id] = lines[i].AmountFen - share;
        }
        return paid;
    }
}

public sealed class OrderLine : Entity
{
    private OrderLine() { }
    internal OrderLine(Guid subOrderId, Guid skuId, Guid productId, string skuCode, string productName, string specText, long unitPriceFen, int quantity, string reservationRef)
    {
        SubOrderId = subOrderId; SkuId = skuId; ProductId = productId; SkuCode = skuCode; ProductName = productName; SpecText = specText;
        UnitPriceFen = unitPriceFen; Quantity = quantity; ReservationRef = reservationRef;
    }
    public Guid SubOrderId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid ProductId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public string SpecText { get; private set; } = "";
    public long UnitPriceFen { get; private set; }
    public int Quantity { get; private set; }
    /// The Inventory reservation that holds this line's stock (the sub-order number + line number).
    public string ReservationRef { get; private set; } = "";
    public int ShippedQuantity { get; internal set; }
    public long AmountFen => UnitPriceFen * Quantity;
    /// After-sales refunds of this line so far, and the units that came back (a consignment line is settled without them).
    public long RefundedFen { get; private set; }
    public int ReturnedQuantity { get; private set; }

    internal void AfterSaleRefunded(long amountFen, int returnedQuantity)
    {
        RefundedFen += amountFen;
        ReturnedQuantity = Math.Min(Quantity, ReturnedQuantity + returnedQuantity);
    }
    /// A consignment line of a reseller's sub-order: the supplier ships it through a purchase order (ADR 9).
    public LineSupply? Supply { get; internal set; }
    public bool IsConsigned => Supply is not null;
    /// A purchase line ships another line's reservation (the reseller line it supplies); null = its own.
    public string? StockRef { get; internal set; }
    public Guid? ConsignedLineId { get; internal set; }
    /// The Inventory reservation whose goods this line ships.
    public string ReservationToShip => StockRef ?? ReservationRef;
}

/// Who moved which sub-order from what to what, when and why (null user = the system).
public sealed class OrderTransition : Entity
{
    private OrderTransition() { }
    internal OrderTransition(Guid orderId, Guid subOrderId, OrderStatus from, OrderStatus to, Guid? by, string reason, DateTime at)
    {
        OrderId = orderId; SubOrderId = subOrderId; From = from; To = to; ByUserId = by; Reason = reason; AtUtc = at;
    }
    public Guid OrderId { get; private set; }
    public Guid SubOrderId { get; private set; }
    public OrderStatus From { get; private set; }
    public OrderStatus To { get; private set; }
    public Guid? ByUserId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
}

/// One parcel: what left under one waybill (carrier + tracking number) for one sub-order.
public sealed class Shipment : Entity
{
    private readonly List<ShipmentLine> _lines = [];
    private Shipment() { }
    internal Shipment(Guid orderId, Guid subOrderId, string carrier, string trackingNumber, Guid by, DateTime now, List<ShipmentLine> lines)
    {
        OrderId = orderId; SubOrderId = subOrderId; Carrier = carrier; TrackingNumber = trackingNumber; ShippedBy = by; ShippedUtc = now;
        foreach (var l in lines) { l.ShipmentId = Id; _lines.Add(l); }
    }
    public Guid OrderId { get; private set; }
    public Guid SubOrderId { get; private set; }
    public string Carrier { get; private set; } = "";
    public string TrackingNumber { get; private set; } = "";
    public Guid ShippedBy { get; private set; }
    public DateTime ShippedUtc { get; private set; }
    public IReadOnlyList<ShipmentLine> Lines => _lines;
}

public sealed class ShipmentLine : Entity
{
    private ShipmentLine() { }
    internal ShipmentLine(Guid orderLineId, int quantity) { OrderLineId = orderLineId; Quantity = quantity; }
    public Guid ShipmentId { get; internal set; }
    public Guid OrderLineId { get; private set; }
    public int Quantity { get; private set; }
}
