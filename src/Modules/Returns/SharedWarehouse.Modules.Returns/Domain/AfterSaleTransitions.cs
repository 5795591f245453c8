using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Domain;

/// What each party may do, and when. A refund-only request goes to Refunded when agreed; a return goes to
/// AwaitingReturn, then AwaitingReceipt, and is refunded when the merchant accepts the goods. Refusals and counter-offers
/// can be taken to the platform once; its decision is final.
public sealed partial class AfterSaleRequest
{
    /// The merchant agrees (or the system for it past the deadline, by = null): a refund-only request is refunded now
    /// (RefundDue), a return waits for the goods.
    public Result Agree(Guid? by, DateTime now)
    {
        if (Status != AfterSaleStatus.AwaitingMerchant) return Error.Conflict("该申请已处理");
        if (by is null && MerchantDeadlineUtc > now) return Error.Conflict("商家处理期限未到");
        AgreedFen = RequestedFen;
        Step(by is null ? AfterSaleParty.System : AfterSaleParty.Merchant, by, by is null ? AfterSaleActions.AutoAgreed : AfterSaleActions.Agreed, null,
            Kind == AfterSaleKind.Exchange ? null : AgreedFen, now);
        Proceed(now);
        return Result.Success();
    }

    /// After an agreement: a return or an exchange waits for the goods (an exchange's replacement is reserved now, see
    /// ReserveDue); goods already back are exchanged or refunded now; otherwise the money goes back now.
    private void Proceed(DateTime now)
    {
        MerchantDeadlineUtc = null;
        if (GoodsComeBack && !GoodsReceived)
        {
            Status = AfterSaleStatus.AwaitingReturn;
            ReserveDue = Kind == AfterSaleKind.Exchange && !ReplacementReserved;
            UpdatedUtc = now;
        }
        else if (Kind == AfterSaleKind.Exchange)
        {
            ReserveDue = !ReplacementReserved; // reserved before the replacement is handed over, in the same change
            ExchangeNow(now);
        }
        else RefundNow(now);
    }

    /// Set when an exchange is agreed: the handler reserves each line's replacement in Inventory before saving, or the
    /// agreement fails (not stored).
    public bool ReserveDue { get; private set; }

    /// Set when the goods of an exchange are accepted: the handler hands the reserved replacement to Ordering, which
    /// makes it an order to ship through the order desk (not stored).
    public bool ExchangeDue { get; private set; }

    /// Replacement reservations to give back: the exchange ended without sending it, or became a refund (not stored).
    public IReadOnlyList<string> ReleaseDue => _release;
    private readonly List<string> _release = [];

    private void ReleaseReplacement()
    {
        foreach (var l in _lines.Where(l => l.ReplacementRef is not null)) { _release.Add(l.ReplacementRef!); l.ReplacementRef = null; }
    }

    private void ExchangeNow(DateTime now)
    {
        ExchangeDue = true;
        var sent = string.Join("; ", _lines.Select(l => $"{l.ProductName} {l.ReplacementSpecText} × {l.Quantity}"));
        Step(AfterSaleParty.System, null, AfterSaleActions.ExchangeSent, sent.Length > MaxNoteLength ? sent[..(MaxNoteLength - 1)] + "…" : sent, null, now);
        End(AfterSaleStatus.Exchanged, now);
    }

    /// The replacement cannot be sent (out of stock when the system agrees for a silent merchant, or the platform rules a
    /// refund instead): the request goes on as a return for what was paid, and any reservation is given back.
    public void ExchangeBecomesRefund(DateTime now)
    {
        if (Kind != AfterSaleKind.Exchange) return;
        ReleaseReplacement();
        Kind = AfterSaleKind.ReturnAndRefund;
        RequestedFen = CapFen;
        AgreedFen = AgreedFen is null ? null : CapFen;
        ReserveDue = false;
        Step(AfterSaleParty.System, null, AfterSaleActions.ExchangeToRefund, null, CapFen, now);
    }

    /// Set by the transition that ends in a refund: the handler takes the amount against the caps and publishes the
    /// refund in the same transaction (not stored; a reloaded request never refunds again).
    public bool RefundDue { get; private set; }

    /// Set when the merchant accepts returned goods: the handler puts them back into the owner's stock (not stored).
    public bool RestockDue { get; private set; }

    private void RefundNow(DateTime now)
    {
        RefundedFen = AgreedFen ?? RequestedFen;
        RefundDue = true;
        Step(AfterSaleParty.System, null, AfterSaleActions.Refunded, PaidOnline ? "原路退回" : "由商家线下退还", RefundedFen, now);
        End(AfterSaleStatus.Refunded, now);
    }

    public Result Refuse(Guid by, string? reason, DateTime now)
    {
        if (Status != AfterSaleStatus.AwaitingMerchant) return Error.Conflict("该申请已处理");
        var note = Note(reason, required: true);
        if (note.IsFailure) return Result.Failure(note.Errors);
        Status = AfterSaleStatus.Refused;
        MerchantDeadlineUtc = null;
        Step(AfterSaleParty.Merchant, by, AfterSaleActions.Refused, note.Value, null, now);
        return Result.Success();
    }

    /// The merchant offers less than asked (e.g. a partial refund for a small fault); the buyer accepts or escalates.
    public Result Offer(Guid by, long amountFen, string? note, DateTime now)
    {
        if (Status != AfterSaleStatus.AwaitingMerchant) return Error.Conflict("该申请已处理");
        if (Kind == AfterSaleKind.Exchange) return Error.Validation("Amount", "换货申请请同意换货或拒绝，不能提议退款金额");
        if (SupplierShopId is not null) return Error.Validation("Amount", "代销商品须寄回供货商，不能提议部分退款");
        if (amountFen <= 0 || amountFen >= RequestedFen) return Error.Validation("Amount", "提议金额应大于 0 且小于买家申请的 {0} 元", Money.Yuan(RequestedFen));
        var checkedNote = Note(note, required: false);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        OfferedFen = amountFen;
        Status = AfterSaleStatus.CounterOffered;
        MerchantDeadlineUtc = null;
        Step(AfterSaleParty.Merchant, by, AfterSaleActions.Offered, checkedNote.Value, amountFen, now);
        return Result.Success();
    }

    /// A counter-offer is a partial refund for keeping the goods (as marketplaces offer it): accepted, it is refunded at
    /// once and nothing is sent back, whatever the request first asked for.
    public Result AcceptOffer(Guid buyer, DateTime now)
    {
        if (Status != AfterSaleStatus.CounterOffered || OfferedFen is null) return Error.Conflict("没有待确认的提议");
        AgreedFen = OfferedFen;
        Step(AfterSaleParty.Buyer, buyer, AfterSaleActions.OfferAccepted, null, AgreedFen, now);
        RefundNow(now);
        return Result.Success();
    }

    /// The carrier by code (stored) and by name (written into the history as people read it).
    public Result ShipBack(Guid buyer, string carrier, string carrierName, string trackingNumber, DateTime now)
    {
        if (Status != AfterSaleStatus.AwaitingReturn) return Error.Conflict("当前不需要寄回商品");
        ReturnCarrier = carrier;
        ReturnTrackingNumber = trackingNumber;
        Status = AfterSaleStatus.AwaitingReceipt;
        Step(AfterSaleParty.Buyer, buyer, AfterSaleActions.ShippedBack, $"{carrierName} {trackingNumber}", null, now);
        return Result.Success();
    }

    /// The merchant received the goods: accepted → ready to refund (the caller refunds and restocks); refused → the buyer
    /// may take it to the platform. After the platform decided for the buyer the goods can only be accepted.
    public Result ReceiveGoods(Guid by, bool accept, string? note, DateTime now)
    {
        if (Status != AfterSaleStatus.AwaitingReceipt) return Error.Conflict("该申请不在待收货状态");
        if (!accept && DecidedByPlatform) return Error.Conflict("平台已裁定退货退款，收到商品后须同意退款");
        var checkedNote = Note(note, required: !accept);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        GoodsReceived = true;
        Step(AfterSaleParty.Merchant, by, accept ? AfterSaleActions.GoodsAccepted : AfterSaleActions.GoodsRefused, checkedNote.Value, null, now);
        if (!accept) Status = AfterSaleStatus.Refused;
        else
        {
            RestockDue = true;
            if (Kind == AfterSaleKind.Exchange) ExchangeNow(now);
            else RefundNow(now);
        }
        return Result.Success();
    }

    public bool CanEscalate => !WasEscalated && Status is AfterSaleStatus.Refused or AfterSaleStatus.CounterOffered;

    public Result Escalate(Guid buyer, string? note, DateTime now)
    {
        if (!CanEscalate) return Error.Conflict(WasEscalated ? "平台已介入过，裁定为最终结果" : "当前状态不能申请平台介入");
        var checkedNote = Note(note, required: true);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        WasEscalated = true;
        Status = AfterSaleStatus.Escalated;
        Step(AfterSaleParty.Buyer, buyer, AfterSaleActions.Escalated, checkedNote.Value, null, now);
        return Result.Success();
    }

    /// Platform customer service decides an escalated request, for good: for the buyer with an amount (refunded now when
    /// no goods must come back, else after the merchant receives them), or for the merchant (closed). For an exchange,
    /// deciding for the buyer with no amount keeps the exchange; with an amount it becomes a return and refund.
    public Result Decide(Guid by, bool forBuyer, long amountFen, string? note, DateTime now)
    {
        if (Status != AfterSaleStatus.Escalated) return Error.Conflict("该申请不在平台介入中");
        var checkedNote = Note(note, required: true);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        var keepExchange = Kind == AfterSaleKind.Exchange && amountFen == 0;
        if (forBuyer && !keepExchange && (amountFen <= 0 || amountFen > CapFen))
            return Error.Validation("Amount", "退款金额应大于 0 且不超过 {0} 元", Money.Yuan(CapFen));
        DecidedByPlatform = true;
        if (!forBuyer)
        {
            Step(AfterSaleParty.Platform, by, AfterSaleActions.DecidedForMerchant, checkedNote.Value, null, now);
            End(AfterSaleStatus.Closed, now);
            return Result.Success();
        }
        if (!keepExchange) ExchangeBecomesRefund(now);
        AgreedFen = amountFen;
        Step(AfterSaleParty.Platform, by, AfterSaleActions.DecidedForBuyer, checkedNote.Value, keepExchange ? null : amountFen, now);
        Proceed(now);
        return Result.Success();
    }

    public bool CanWithdraw => Status is AfterSaleStatus.AwaitingMerchant or AfterSaleStatus.CounterOffered or AfterSaleStatus.AwaitingReturn or AfterSaleStatus.Refused;

    public Result Withdraw(Guid buyer, DateTime now)
    {
        if (!CanWithdraw) return Error.Conflict("当前状态不能撤销");
        Step(AfterSaleParty.Buyer, buyer, AfterSaleActions.Withdrawn, null, null, now);
        End(AfterSaleStatus.Withdrawn, now);
        return Result.Success();
    }

    /// A refusal the buyer did not take further, an offer left unanswered or goods never sent: closed after the period.
    public bool IsStale(DateTime now, TimeSpan buyerPeriod) =>
        Status is AfterSaleStatus.Refused or AfterSaleStatus.CounterOffered or AfterSaleStatus.AwaitingReturn && UpdatedUtc + buyerPeriod <= now;

    public Result TimeOut(DateTime now, TimeSpan buyerPeriod)
    {
        if (!IsStale(now, buyerPeriod)) return Error.Conflict("未到关闭时间");
        Step(AfterSaleParty.System, null, AfterSaleActions.TimedOut, null, null, now);
        End(AfterSaleStatus.Closed, now);
        return Result.Success();
    }
}
