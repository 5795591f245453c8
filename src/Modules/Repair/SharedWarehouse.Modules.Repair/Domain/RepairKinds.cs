namespace SharedWarehouse.Modules.Repair.Domain;

/// Where a repair stands. Requested: the merchant accepts it (in warranty, free) or quotes it (out of warranty).
/// Quoted: the buyer pays the quote (or declines it) before its validity ends. AwaitingItem: the buyer sends the item or
/// drops it at the shop; ItemSent: on its way. InRepair: the merchant has it, records the work and the parts. Returning:
/// shipped back, the buyer confirms. The last five end the repair.
public enum RepairStatus
{
    Requested = 0, Quoted = 1, AwaitingItem = 2, ItemSent = 3, InRepair = 4, Returning = 5,
    Completed = 6, Declined = 7, Refused = 8, Cancelled = 9, QuoteExpired = 10,
}

public enum RepairParty { Buyer = 1, Merchant = 2, System = 3 }

/// Why the repair is free (or not): the product's warranty from receipt, a earlier repair's own warranty, or neither.
public enum WarrantyBasis { None = 0, ProductWarranty = 1, RepairWarranty = 2 }

/// The history's action keys (shown translated).
public static class RepairActions
{
    public const string Requested = "申请维修";
    public const string Accepted = "受理维修（保修期内免费）";
    public const string Quoted = "报价";
    public const string Refused = "不受理维修";
    public const string QuoteDeclined = "买家拒绝报价";
    public const string Paid = "买家已支付维修费";
    public const string ItemSent = "买家寄出维修商品";
    public const string DroppedOff = "买家到店送修";
    public const string Received = "商家收到维修商品";
    public const string PartUsed = "使用配件";
    public const string WorkRecorded = "记录维修内容";
    public const string ShippedBack = "修好寄回";
    public const string Completed = "买家确认收货，维修完成";
    public const string Cancelled = "买家取消维修";
    public const string QuoteExpired = "报价已过期";
}
