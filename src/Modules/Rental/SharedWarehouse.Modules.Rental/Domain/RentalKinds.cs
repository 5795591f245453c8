namespace SharedWarehouse.Modules.Rental.Domain;

/// AwaitingPayment holds the unit until the payment deadline; Booked (paid) → Out (handed over) → returned: settled at once
/// (Closed, or AwaitingBalance when the charges pass the deposit), or ChargeProposed when the merchant charges for damage
/// (the buyer accepts, or disputes → Disputed → the platform decides). Cancelled and Expired free the unit.
public enum RentalStatus
{
    AwaitingPayment = 0, Booked = 1, Out = 2, ChargeProposed = 3, Disputed = 4, AwaitingBalance = 5, Closed = 6, Cancelled = 7, Expired = 8,
}

/// Picked up at the unit's warehouse, or delivered to the buyer's address.
public enum RentalFulfilment { Pickup = 1, Delivery = 2 }

public enum RentalParty { Buyer = 1, Merchant = 2, Platform = 3, System = 4 }

/// The timeline's action keys (shown translated).
public static class RentalActions
{
    public const string Booked = "预订";
    public const string Paid = "支付租金和押金";
    public const string Cancelled = "取消预订";
    public const string Expired = "超时未支付，预订取消";
    public const string HandedOver = "交付租赁品";
    public const string Returned = "归还租赁品";
    public const string DamageCharged = "记录损坏扣款";
    public const string ChargeAccepted = "接受扣款";
    public const string ChargeAcceptedByDeadline = "买家超时未处理，扣款生效";
    public const string Disputed = "申请平台介入";
    public const string Decided = "平台裁定扣款";
    public const string Refunded = "退款";
    public const string BalanceDue = "押金不足，待补缴";
    public const string BalancePaid = "补缴欠款";
    public const string Reminded = "逾期提醒";
}
