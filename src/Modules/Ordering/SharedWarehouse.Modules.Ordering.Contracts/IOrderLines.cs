namespace SharedWarehouse.Modules.Ordering.Contracts;

/// How a sub-order was paid, as after-sales needs it: Online refunds go back through Payments; the others are owed by
/// the merchant (cash on delivery, paid offline) and are only recorded.
public enum PaidBy { Online = 1, CashOnDelivery = 2, Offline = 3, Consignment = 4 }

/// Where a sub-order stands, as after-sales needs it.
public enum SubOrderStage { NotPaid = 0, ToShip = 1, Shipped = 2, Received = 3, Closed = 4 }

/// One line of a sub-order with what the buyer paid for it after the sub-order's discount (apportioned by line amount,
/// the remainder on the last line, so the lines add up to the sub-order's goods total). SupplierShopId: a consignment
/// line's supplier (代销), whose stock the goods came from.
public sealed record OrderLineForAfterSale(Guid LineId, Guid ProductId, Guid SkuId, string ProductName, string SpecText, int Quantity,
    int ShippedQuantity, long PaidFen, string ReservationRef, Guid? SupplierShopId = null)
{
    public bool IsConsigned => SupplierShopId is not null;
}

/// A buyer's sub-order as after-sales sees it: read through Ordering's contract, never Ordering's tables.
public sealed record SubOrderForAfterSale(Guid OrderId, string OrderNumber, Guid SubOrderId, string SubOrderNumber, Guid BuyerId, Guid ShopId,
    PaidBy PaidBy, bool IsPaid, SubOrderStage Stage, DateTime? ShippedUtc, DateTime? ReceivedUtc, long ShippingFen, long TotalFen,
    IReadOnlyList<OrderLineForAfterSale> Lines);

public interface IOrderLines
{
    /// The sub-order if it belongs to this buyer (a buyer's own online order), else null.
    Task<SubOrderForAfterSale?> FindForBuyerAsync(Guid buyerId, Guid subOrderId, CancellationToken ct);
}
