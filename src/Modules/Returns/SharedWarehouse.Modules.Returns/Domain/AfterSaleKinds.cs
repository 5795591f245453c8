namespace SharedWarehouse.Modules.Returns.Domain;

/// 仅退款: money back, goods stay with the buyer (or never came). 退货退款: the goods go back first, then the money.
/// 换货: the goods go back and the same SKU (or another SKU of the product at the same price) is sent, reserved when agreed.
public enum AfterSaleKind { RefundOnly = 1, ReturnAndRefund = 2, Exchange = 3 }

/// Open: AwaitingMerchant … Escalated. Ended: Refunded, Exchanged (the replacement left as a new order to ship), Closed
/// (refused for good, decided for the merchant, timed out), Withdrawn (by the buyer).
public enum AfterSaleStatus
{
    AwaitingMerchant = 0, CounterOffered = 1, AwaitingReturn = 2, AwaitingReceipt = 3, Refused = 4, Escalated = 5,
    Refunded = 6, Closed = 7, Withdrawn = 8, Exchanged = 9,
}

/// Who took a step of the negotiation.
public enum AfterSaleParty { Buyer = 1, Merchant = 2, Platform = 3, System = 4 }

/// Why the buyer asks. A no-reason return has the short window; the others (the goods are at fault) the long one.
public static class AfterSaleReasons
{
    public const string NoReason = "七天无理由";
    public static readonly string[] All = [NoReason, "质量问题", "与商品描述不符", "发错货 / 少件", "商品破损", "不想要了（未发货）", "其他"];
    public static bool IsNoReason(string reason) => reason is NoReason or "不想要了（未发货）" or "其他";
}
