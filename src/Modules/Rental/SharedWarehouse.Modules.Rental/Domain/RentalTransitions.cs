using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Domain;

/// What each party may do with a booking, and when.
public sealed partial class RentalBooking
{
    /// The gateway captured the rent and deposit. A payment that arrives after the booking was cancelled or expired, or
    /// for another amount, is refused: the handler gives the money back.
    public Result MarkPaid(Guid paymentId, long amountFen, DateTime paidUtc)
    {
        if (PaymentId == paymentId) return Result.Success();
        if (Status != RentalStatus.AwaitingPayment) return Error.Conflict("该预订已取消或已支付");
        if (amountFen != TotalFen) return Error.Conflict("支付金额与预订金额不一致");
        (Status, PaymentId, PaidUtc) = (RentalStatus.Booked, paymentId, paidUtc);
        Step(RentalParty.Buyer, BuyerId, RentalActions.Paid, null, amountFen, paidUtc);
        return Result.Success();
    }

    /// The buyer cancels: unpaid at any time; paid until the day before pick-up, with everything paid refunded.
    public Result Cancel(Guid by, DateOnly today, DateTime now)
    {
        if (Status == RentalStatus.Booked && today >= StartDate) return Error.Conflict("已到取租日期，不能取消预订");
        if (Status is not (RentalStatus.AwaitingPayment or RentalStatus.Booked)) return Error.Conflict("该预订不能取消");
        if (Status == RentalStatus.Booked) Refund(TotalFen, "cancel", "取消预订，退回租金和押金", now);
        Free(RentalStatus.Cancelled, RentalParty.Buyer, by, RentalActions.Cancelled, now);
        return Result.Success();
    }

    /// Not paid in time (job): the unit is free again.
    public Result Expire(DateTime now)
    {
        if (Status != RentalStatus.AwaitingPayment || PayByUtc > now) return Error.Conflict("该预订不需要取消");
        Free(RentalStatus.Expired, RentalParty.System, null, RentalActions.Expired, now);
        return Result.Success();
    }

    private void Free(RentalStatus status, RentalParty party, Guid? by, string action, DateTime now)
    {
        HoldsUnit = false;
        Step(party, by, action, null, null, now);
        End(status, now);
    }

    /// The merchant hands the unit over (picked up, or sent for delivery with a tracking number) from the day before the
    /// booked start (a delivery must leave in time).
    public Result HandOver(Guid by, DateOnly today, string? trackingNumber, DateTime now)
    {
        if (Status != RentalStatus.Booked) return Error.Conflict("该预订不在待交付状态");
        if (today < StartDate.AddDays(-1)) return Error.Validation("", "最早可在取租日前一天交付");
        var tracking = Note(trackingNumber, required: false, "TrackingNumber");
        if (tracking.IsFailure) return Result.Failure(tracking.Errors);
        (Status, OutOn, OutTrackingNumber) = (RentalStatus.Out, today, tracking.Value);
        Step(RentalParty.Merchant, by, RentalActions.HandedOver, tracking.Value, null, now);
        return Result.Success();
    }

    /// The merchant takes the unit back on `returnedOn` (today or earlier), charging for damage if any. Late days cost
    /// the late fee; without a damage charge the booking settles now, with one the buyer first accepts or disputes it.
    /// Returned early, the unit is free again after the buffer days from the return.
    public Result RecordReturn(Guid by, DateOnly returnedOn, DateOnly today, long damageFen, string? note, DateTime now, TimeSpan buyerTurn)
    {
        if (Status != RentalStatus.Out) return Error.Conflict("该租赁品不在出租中");
        if (returnedOn > today) return Error.Validation("ReturnedOn", "归还日期不能晚于今天");
        if (returnedOn < OutOn) return Error.Validation("ReturnedOn", "归还日期不能早于交付日期");
        if (damageFen < 0 || damageFen > MaxChargeFen) return Error.Validation("Damage", "扣款金额应在 0 到 {0} 元之间", Money.Yuan(MaxChargeFen));
        var damageNote = Note(note, required: damageFen > 0);
        if (damageNote.IsFailure) return Result.Failure(damageNote.Errors);
        ReturnedOn = returnedOn;
        if (returnedOn.AddDays(BufferDays) < BlockEnd) BlockEnd = returnedOn.AddDays(BufferDays);
        Step(RentalParty.Merchant, by, RentalActions.Returned, null, null, now);
        if (damageFen == 0) { Settle(0, now); return Result.Success(); }
        (DamageFen, DamageNote, Status, BuyerTurnUntilUtc) = (damageFen, damageNote.Value, RentalStatus.ChargeProposed, now + buyerTurn);
        Price(damageFen);
        Step(RentalParty.Merchant, by, RentalActions.DamageCharged, damageNote.Value, damageFen, now);
        return Result.Success();
    }

    /// The buyer accepts the damage charge, or lets the answer period pass (by = null, the job).
    public Result AcceptCharge(Guid? by, DateTime now)
    {
        if (Status != RentalStatus.ChargeProposed) return Error.Conflict("没有待确认的扣款");
        if (by is null && BuyerTurnUntilUtc > now) return Error.Conflict("买家确认期限未到");
        Step(by is null ? RentalParty.System : RentalParty.Buyer, by, by is null ? RentalActions.ChargeAcceptedByDeadline : RentalActions.ChargeAccepted, null, DamageFen, now);
        Settle(DamageFen, now);
        return Result.Success();
    }

    /// The buyer disputes the damage charge: the platform decides.
    public Result Dispute(Guid by, string? reason, DateTime now)
    {
        if (Status != RentalStatus.ChargeProposed) return Error.Conflict("没有待确认的扣款");
        var note = Note(reason, required: true);
        if (note.IsFailure) return Result.Failure(note.Errors);
        (Status, BuyerTurnUntilUtc) = (RentalStatus.Disputed, null);
        Step(RentalParty.Buyer, by, RentalActions.Disputed, note.Value, null, now);
        return Result.Success();
    }

    /// Platform customer service sets the damage charge (at most what the merchant asked); final.
    public Result Decide(Guid by, long damageFen, string? reason, DateTime now)
    {
        if (Status != RentalStatus.Disputed) return Error.Conflict("该租赁单不在平台介入中");
        if (damageFen < 0 || damageFen > DamageFen) return Error.Validation("Damage", "裁定扣款应在 0 到 {0} 元之间", Money.Yuan(DamageFen));
        var note = Note(reason, required: true);
        if (note.IsFailure) return Result.Failure(note.Errors);
        Step(RentalParty.Platform, by, RentalActions.Decided, note.Value, damageFen, now);
        Settle(damageFen, now);
        return Result.Success();
    }

    /// The buyer paid what the deposit did not cover.
    public Result MarkBalancePaid(Guid paymentRef, long amountFen, DateTime paidUtc)
    {
        if (Status != RentalStatus.AwaitingBalance || BalancePaymentRef != paymentRef) return Error.Conflict("没有待补缴的欠款");
        if (amountFen != BalanceDueFen) return Error.Conflict("支付金额与欠款不一致");
        Step(RentalParty.Buyer, BuyerId, RentalActions.BalancePaid, null, amountFen, paidUtc);
        End(RentalStatus.Closed, paidUtc);
        return Result.Success();
    }

    /// An overdue unit's buyer is reminded once a day (job).
    public bool Remind(DateOnly today, DateTime now)
    {
        if (Status != RentalStatus.Out || today <= EndDate || LastReminderOn >= today) return false;
        LastReminderOn = today;
        Step(RentalParty.System, null, RentalActions.Reminded, null, (today.DayNumber - EndDate.DayNumber) * LateFeePerDayFen, now);
        return true;
    }

    private void Price(long damageFen)
    {
        var s = RentalPricing.Settle(Prices, EarlyReturn, StartDate, EndDate, ReturnedOn!.Value, RentFen, DepositFen, LateFeePerDayFen, damageFen);
        (LateDays, LateFeeFen, DamageFen, RentRefundFen, DepositRefundFen, BalanceDueFen) =
            (s.LateDays, s.LateFeeFen, s.DamageFen, s.RentRefundFen, s.DepositRefundFen, s.BalanceDueFen);
    }

    /// The final account of a returned unit: refund what is due, and close or wait for the balance.
    private void Settle(long damageFen, DateTime now)
    {
        Price(damageFen);
        BuyerTurnUntilUtc = null;
        var refund = RentRefundFen + DepositRefundFen;
        if (refund > 0) Refund(refund, "settle", RentRefundFen > 0 ? "租赁结算：退回押金和未使用的租金" : "租赁结算：退回押金", now);
        if (BalanceDueFen > 0)
        {
            (Status, BalancePaymentRef) = (RentalStatus.AwaitingBalance, Guid.CreateVersion7());
            Step(RentalParty.System, null, RentalActions.BalanceDue, null, BalanceDueFen, now);
        }
        else End(RentalStatus.Closed, now);
    }

    private void Refund(long amountFen, string kind, string reason, DateTime now)
    {
        RefundedFen += amountFen;
        RefundDue = new PendingRefund(amountFen, $"rent-{Number}-{kind}", reason);
        Step(RentalParty.System, null, RentalActions.Refunded, reason, amountFen, now);
    }

    private void End(RentalStatus status, DateTime now)
    {
        Status = status;
        ClosedUtc = now;
        UpdatedUtc = now;
    }
}
