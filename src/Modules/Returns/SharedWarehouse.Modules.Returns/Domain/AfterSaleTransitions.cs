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
        Step(by is null ? AfterSaleParty.System : AfterSaleParty.Merchant, by, by is null ? AfterSaleActions.AutoAgreed : AfterSaleActions.Agreed, null, AgreedFen, now);
        Proceed(now);
        return Result.Success();
    }

    /// After an agreement: a return waits for the goods; otherwise the money goes back now.
    private void Proceed(DateTime now)
    {
        MerchantDeadlineUtc = null;
        if (Kind == AfterSaleKind.ReturnAndRefund && !GoodsReceived) { Status = AfterSaleStatus.AwaitingReturn; UpdatedUtc = now; }
        else RefundNow(now);
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
        if (accept) { RestockDue = true; RefundNow(now); }
        else Status = AfterSaleStatus.Refused;
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
    /// no goods must come back, else after the merchant receives them), or for the merchant (closed).
    public Result Decide(Guid by, bool forBuyer, long amountFen, string? note, DateTime now)
    {
        if (Status != AfterSaleStatus.Escalated) return Error.Conflict("该申请不在平台介入中");
        var checkedNote = Note(note, required: true);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        if (forBuyer && (amountFen <= 0 || amountFen > CapFen)) return Error.Validation("Amount", "退款金额应大于 0 且不超过 {0} 元", Money.Yuan(CapFen));
        DecidedByPlatform = true;
        if (!forBuyer)
        {
            Step(AfterSaleParty.Platform, by, AfterSaleActions.DecidedForMerchant, checkedNote.Value, null, now);
            End(AfterSaleStatus.Closed, now);
            return Result.Success();
        }
        AgreedFen = amountFen;
        Step(AfterSaleParty.Platform, by, AfterSaleActions.DecidedForBuyer, checkedNote.Value, amountFen, now);
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
