using System.Security.Cryptography;
using System.Text;
using SharedWarehouse.Modules.Ordering.Contracts;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// The replacement order of an exchange (换货单): the buyer's own order, already paid by the order it replaces, with the
/// reserved replacement goods at no charge, to ship through the order desk like any order.
public sealed partial class Order
{
    /// The after-sales request this order sends the replacement for (null for an ordinary order).
    public Guid? ExchangeRequestId { get; private set; }
    public string? ExchangeRequestNumber { get; private set; }
    public bool IsExchange => ExchangeRequestId is not null;

    /// The same request always gives the same key, so the unique (buyer, key) index refuses a second replacement order
    /// whatever delivers the approval twice.
    public static Guid ExchangeKey(Guid requestId) => new(MD5.HashData(Encoding.ASCII.GetBytes($"exchange:{requestId:N}")));

    public static Order Replacement(Order original, Guid shopId, Guid requestId, string requestNumber, IReadOnlyList<ExchangeLine> lines, DateTime now)
    {
        var order = new Order
        {
            BuyerId = original.BuyerId, IdempotencyKey = ExchangeKey(requestId), PayBy = original.PayBy, Delivery = original.Delivery,
            ShipTo = original.ShipTo with { }, Invoice = Invoice.None with { }, Status = OrderStatus.Placing, PlacedUtc = now, PaymentDeadlineUtc = now,
            PaidUtc = now, Source = OrderSource.Online, ExchangeRequestId = requestId, ExchangeRequestNumber = requestNumber,
        };
        order.Number = now.ToString("yyyyMMddHHmm") + order.Id.ToString("N")[^8..].ToUpperInvariant();
        var sub = new SubOrder(order.Id, shopId, $"{order.Number}-1");
        foreach (var l in lines) sub.AddReplacementLine(l);
        order._subOrders.Add(sub);
        order.Move(sub, OrderStatus.ToShip, null, $"售后换货 {requestNumber}", now);
        return order;
    }
}
