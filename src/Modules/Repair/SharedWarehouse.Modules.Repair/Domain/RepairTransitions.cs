using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Domain;

/// What each party may do, and when (see RepairStatus). Money: in warranty nothing is charged; out of warranty the
/// merchant quotes parts + labour (each ≥ 0, together > 0) valid to a date, and only a payment of exactly that amount,
/// captured while the quote stands, moves the repair on; any other payment is to be refunded (PaymentOutcome).
public sealed partial class RepairRequest
{
    /// In warranty: the merchant takes the repair on, free of charge.
    public Result Accept(Guid by, DateTime now)
    {
        if (Status != RepairStatus.Requested) return Error.Conflict("该维修单已处理");
        if (!InWarranty) return Error.Conflict("已过保修期，请先报价");
        Status = RepairStatus.AwaitingItem;
        Step(RepairParty.Merchant, by, RepairActions.Accepted, null, 0, now);
        return Result.Success();
    }

    /// Out of warranty: parts + labour, payable until the end of validUntil (China date, today or later).
    public Result Quote(Guid by, long partsFen, long labourFen, DateOnly validUntil, DateOnly today, DateTime expiresUtc, string? note, DateTime now)
    {
        if (Status != RepairStatus.Requested) return Error.Conflict("该维修单已处理");
        if (InWarranty) return Error.Conflict("保修期内免费维修，不能报价");
        if (partsFen < 0) return Error.Validation("Parts", "配件费不能为负数");
        if (labourFen < 0) return Error.Validation("Labour", "工时费不能为负数");
        if (partsFen + labourFen <= 0) return Error.Validation("Labour", "报价合计应大于 0");
        if (partsFen + labourFen > MaxQuoteFen) return Error.Validation("Labour", "报价合计不能超过 {0} 元", Money.Yuan(MaxQuoteFen));
        if (validUntil < today) return Error.Validation("ValidUntil", "有效期不能早于今天");
        if (validUntil > today.AddDays(90)) return Error.Validation("ValidUntil", "有效期最长 90 天");
        var checkedNote = Note(note, required: false);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        (PartsFen, LabourFen, QuoteValidUntil, QuoteExpiresUtc, QuoteNote) = (partsFen, labourFen, validUntil, expiresUtc, checkedNote.Value);
        Status = RepairStatus.Quoted;
        Step(RepairParty.Merchant, by, RepairActions.Quoted, checkedNote.Value, QuoteFen, now);
        return Result.Success();
    }

    public Result Refuse(Guid by, string? reason, DateTime now)
    {
        if (Status != RepairStatus.Requested) return Error.Conflict("该维修单已处理");
        var note = Note(reason, required: true);
        if (note.IsFailure) return Result.Failure(note.Errors);
        Step(RepairParty.Merchant, by, RepairActions.Refused, note.Value, null, now);
        End(RepairStatus.Refused, now);
        return Result.Success();
    }

    public bool CanPay(DateTime now) => Status == RepairStatus.Quoted && QuoteExpiresUtc > now;

    public Result DeclineQuote(Guid buyer, DateTime now)
    {
        if (Status != RepairStatus.Quoted) return Error.Conflict("没有待确认的报价");
        Step(RepairParty.Buyer, buyer, RepairActions.QuoteDeclined, null, QuoteFen, now);
        End(RepairStatus.Declined, now);
        return Result.Success();
    }

    public enum PaymentOutcome { Applied, AlreadyApplied, Refund }

    /// The gateway captured a payment for this repair. Applied: the quote is paid, the item may be sent. AlreadyApplied:
    /// the same payment again (nothing happens). Refund: the money must go back (the quote was declined or expired or
    /// already paid by another payment, or the amount is not the quote's) — the repair itself does not change.
    public PaymentOutcome RecordPayment(Guid paymentId, long amountFen, DateTime paidUtc)
    {
        if (PaymentId == paymentId) return PaymentOutcome.AlreadyApplied;
        if (Status != RepairStatus.Quoted || amountFen != QuoteFen || !(QuoteExpiresUtc > paidUtc)) return PaymentOutcome.Refund;
        (PaymentId, PaidFen) = (paymentId, amountFen);
        Status = RepairStatus.AwaitingItem;
        Step(RepairParty.Buyer, BuyerId, RepairActions.Paid, null, amountFen, paidUtc);
        return PaymentOutcome.Applied;
    }

    /// The buyer sends the item (carrier by code stored, by name in the timeline) or brings it to the shop (dropOff).
    public Result SendItem(Guid buyer, bool dropOff, string? carrier, string? carrierName, string? trackingNumber, DateTime now)
    {
        if (Status != RepairStatus.AwaitingItem) return Error.Conflict("当前不需要寄出维修商品");
        DroppedOff = dropOff;
        (InboundCarrier, InboundTrackingNumber) = dropOff ? (null, null) : (carrier, trackingNumber);
        Status = RepairStatus.ItemSent;
        Step(RepairParty.Buyer, buyer, dropOff ? RepairActions.DroppedOff : RepairActions.ItemSent, dropOff ? null : $"{carrierName} {trackingNumber}", null, now);
        return Result.Success();
    }

    /// The merchant has the item (sent, or brought to the counter before the buyer recorded it).
    public Result ReceiveItem(Guid by, DateTime now)
    {
        if (Status is not (RepairStatus.ItemSent or RepairStatus.AwaitingItem)) return Error.Conflict("该维修单不在待收件状态");
        Status = RepairStatus.InRepair;
        ItemReceivedUtc = now;
        Step(RepairParty.Merchant, by, RepairActions.Received, null, null, now);
        return Result.Success();
    }

    /// A part issued from stock under reference; the same reference again is the same part (a retry): nothing changes.
    public Result<bool> UsePart(Guid by, string reference, Guid skuId, string skuCode, string name, int quantity, DateTime now)
    {
        if (_parts.Any(p => p.Reference == reference)) return false;
        if (Status != RepairStatus.InRepair) return Error.Conflict("只有维修中的单据可以领用配件");
        _parts.Add(new RepairPart(Id, reference, skuId, skuCode, name, quantity, now));
        Step(RepairParty.Merchant, by, RepairActions.PartUsed, $"{skuCode} {name} × {quantity}", null, now);
        return true;
    }

    /// The next part's reference in Inventory's ledger.
    public string NextPartReference => PartReference(_parts.Count + 1);

    /// Part n's reference. The issue form carries the n it was shown with, so a double click (or a click that arrives
    /// after the first was recorded) names the same part and the stock is taken once.
    public string PartReference(int n) => $"{Number}-P{n}";

    public Result RecordWork(Guid by, string? work, DateTime now)
    {
        if (Status != RepairStatus.InRepair) return Error.Conflict("只有维修中的单据可以记录维修内容");
        var note = Note(work, required: true, field: "Note");
        if (note.IsFailure) return Result.Failure(note.Errors);
        WorkNote = note.Value;
        Step(RepairParty.Merchant, by, RepairActions.WorkRecorded, note.Value, null, now);
        return Result.Success();
    }

    public Result ShipBack(Guid by, string carrier, string carrierName, string trackingNumber, DateTime now)
    {
        if (Status != RepairStatus.InRepair) return Error.Conflict("该维修单不在维修中");
        if (WorkNote is null) return Error.Validation("Note", "请先记录维修内容");
        (ReturnCarrier, ReturnTrackingNumber) = (carrier, trackingNumber);
        Status = RepairStatus.Returning;
        Step(RepairParty.Merchant, by, RepairActions.ShippedBack, $"{carrierName} {trackingNumber}", null, now);
        return Result.Success();
    }

    /// The buyer has the repaired item: done, with the repair's own warranty from now.
    public Result Confirm(Guid buyer, TimeSpan repairWarranty, DateTime now)
    {
        if (Status != RepairStatus.Returning) return Error.Conflict("维修商品尚未寄回");
        RepairWarrantyUntilUtc = now + repairWarranty;
        Step(RepairParty.Buyer, buyer, RepairActions.Completed, null, null, now);
        End(RepairStatus.Completed, now);
        return Result.Success();
    }

    /// Before anything was paid or sent: the buyer changes its mind.
    public bool CanCancel => Status is RepairStatus.Requested or RepairStatus.Quoted || (Status == RepairStatus.AwaitingItem && PaidFen == 0);

    public Result Cancel(Guid buyer, DateTime now)
    {
        if (!CanCancel) return Error.Conflict("当前状态不能取消");
        Step(RepairParty.Buyer, buyer, RepairActions.Cancelled, null, null, now);
        End(RepairStatus.Cancelled, now);
        return Result.Success();
    }

    public bool IsQuoteOverdue(DateTime now) => Status == RepairStatus.Quoted && QuoteExpiresUtc <= now;

    /// The quote's validity ended unpaid (the deadline job): closed; a payment arriving later is refunded.
    public Result ExpireQuote(DateTime now)
    {
        if (!IsQuoteOverdue(now)) return Error.Conflict("报价尚未过期");
        Step(RepairParty.System, null, RepairActions.QuoteExpired, null, QuoteFen, now);
        End(RepairStatus.QuoteExpired, now);
        return Result.Success();
    }
}
