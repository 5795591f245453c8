using SharedWarehouse.Modules.Repair.Domain;

namespace SharedWarehouse.UnitTests.Repair;

/// The repair's state machine and its money rules: who may move it from where, what a quote may ask, which payments apply.
public sealed class RepairRequestTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 4, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateTime EndOfToday = new(2026, 12, 1, 16, 0, 0, DateTimeKind.Utc); // midnight in China
    private static readonly Guid Buyer = Guid.NewGuid(), Merchant = Guid.NewGuid();

    private static RepairRequest Open(WarrantyBasis warranty) => RepairRequest.Open(new RepairRequest.Opening(Buyer, Guid.NewGuid(), Guid.NewGuid(), "O1",
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "电水壶", "1.5L", Now.AddMonths(-13), warranty), "不加热", Now).Value;

    private static RepairRequest Quoted(long parts = 3000, long labour = 2000)
    {
        var r = Open(WarrantyBasis.None);
        r.Quote(Merchant, parts, labour, Today, Today, EndOfToday, null, Now).IsSuccess.ShouldBeTrue();
        return r;
    }

    [Fact]
    public void A_fault_is_required_and_kept_short()
    {
        RepairRequest.Open(new RepairRequest.Opening(Buyer, Guid.NewGuid(), Guid.NewGuid(), "O1", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "壶", "",
            Now, WarrantyBasis.None), "  ", Now).Errors.Single().Field.ShouldBe("Fault");
        RepairRequest.Open(new RepairRequest.Opening(Buyer, Guid.NewGuid(), Guid.NewGuid(), "O1", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "壶", "",
            Now, WarrantyBasis.None), new string('坏', RepairRequest.MaxFaultLength + 1), Now).Errors.Single().Field.ShouldBe("Fault");
    }

    [Fact]
    public void The_warranty_runs_from_receipt_and_a_finished_repair_carries_its_own()
    {
        var received = new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc);
        RepairWarranty.Of(received, 12, null, received.AddMonths(12).AddSeconds(-1)).ShouldBe(WarrantyBasis.ProductWarranty);
        RepairWarranty.Of(received, 12, null, received.AddMonths(12)).ShouldBe(WarrantyBasis.None);
        RepairWarranty.Of(received, 0, null, received.AddDays(1)).ShouldBe(WarrantyBasis.None);
        RepairWarranty.Of(received, 12, received.AddMonths(13), received.AddMonths(12).AddDays(1)).ShouldBe(WarrantyBasis.RepairWarranty);
    }

    [Fact]
    public void In_warranty_the_merchant_accepts_free_of_charge_and_cannot_quote()
    {
        var r = Open(WarrantyBasis.ProductWarranty);
        r.Quote(Merchant, 100, 100, Today, Today, EndOfToday, null, Now).Errors.Single().Code.ShouldBe("conflict");
        r.Accept(Merchant, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.QuoteFen, r.PaidFen).ShouldBe((RepairStatus.AwaitingItem, 0L, 0L));
        r.Accept(Merchant, Now).Errors.Single().Code.ShouldBe("conflict"); // a double click
        r.CanCancel.ShouldBeTrue(); // nothing paid
    }

    [Fact]
    public void Out_of_warranty_the_merchant_must_quote_parts_and_labour_within_the_rules()
    {
        var r = Open(WarrantyBasis.None);
        r.Accept(Merchant, Now).Errors.Single().Code.ShouldBe("conflict");
        r.Quote(Merchant, -1, 100, Today, Today, EndOfToday, null, Now).Errors.Single().Field.ShouldBe("Parts");
        r.Quote(Merchant, 0, -1, Today, Today, EndOfToday, null, Now).Errors.Single().Field.ShouldBe("Labour");
        r.Quote(Merchant, 0, 0, Today, Today, EndOfToday, null, Now).Errors.Single().Field.ShouldBe("Labour");
        r.Quote(Merchant, RepairRequest.MaxQuoteFen, 1, Today, Today, EndOfToday, null, Now).Errors.Single().Field.ShouldBe("Labour");
        r.Quote(Merchant, 100, 100, Today.AddDays(-1), Today, EndOfToday, null, Now).Errors.Single().Field.ShouldBe("ValidUntil");
        r.Quote(Merchant, 100, 100, Today.AddDays(91), Today, EndOfToday, null, Now).Errors.Single().Field.ShouldBe("ValidUntil");
        r.Status.ShouldBe(RepairStatus.Requested); // nothing changed by the refused quotes
        r.Steps.Count.ShouldBe(1);
        r.Quote(Merchant, 0, 5000, Today, Today, EndOfToday, "换温控器", Now).IsSuccess.ShouldBeTrue(); // labour only is fine
        (r.Status, r.QuoteFen, r.QuoteValidUntil).ShouldBe((RepairStatus.Quoted, 5000L, Today));
    }

    [Fact]
    public void Only_the_quoted_amount_paid_while_the_quote_stands_applies_once_and_anything_else_is_refunded()
    {
        var r = Quoted();
        var first = Guid.NewGuid();
        r.RecordPayment(Guid.NewGuid(), 4999, Now).ShouldBe(RepairRequest.PaymentOutcome.Refund); // not the quote's amount
        r.Status.ShouldBe(RepairStatus.Quoted);
        r.RecordPayment(first, 5000, Now).ShouldBe(RepairRequest.PaymentOutcome.Applied);
        (r.Status, r.PaidFen, r.PaymentId).ShouldBe((RepairStatus.AwaitingItem, 5000L, (Guid?)first));
        r.RecordPayment(first, 5000, Now).ShouldBe(RepairRequest.PaymentOutcome.AlreadyApplied); // the same notice again
        r.RecordPayment(Guid.NewGuid(), 5000, Now).ShouldBe(RepairRequest.PaymentOutcome.Refund); // paid twice: the second goes back
        r.Steps.Count(s => s.Action == RepairActions.Paid).ShouldBe(1);
        r.CanCancel.ShouldBeFalse(); // paid: the repair goes on
    }

    [Fact]
    public void A_payment_after_the_quote_was_declined_or_expired_is_refunded()
    {
        var declined = Quoted();
        declined.DeclineQuote(Buyer, Now).IsSuccess.ShouldBeTrue();
        (declined.Status, declined.IsOpen).ShouldBe((RepairStatus.Declined, false));
        declined.RecordPayment(Guid.NewGuid(), 5000, Now).ShouldBe(RepairRequest.PaymentOutcome.Refund);

        var late = Quoted();
        late.CanPay(EndOfToday).ShouldBeFalse();
        late.RecordPayment(Guid.NewGuid(), 5000, EndOfToday).ShouldBe(RepairRequest.PaymentOutcome.Refund); // captured after midnight
        late.ExpireQuote(EndOfToday.AddSeconds(-1)).Errors.Single().Code.ShouldBe("conflict");
        late.ExpireQuote(EndOfToday).IsSuccess.ShouldBeTrue();
        (late.Status, late.IsOpen).ShouldBe((RepairStatus.QuoteExpired, false));
    }

    [Fact]
    public void The_item_goes_in_is_repaired_with_parts_once_per_reference_and_comes_back_with_a_repair_warranty()
    {
        var r = Quoted();
        r.ReceiveItem(Merchant, Now).Errors.Single().Code.ShouldBe("conflict"); // not paid yet
        r.RecordPayment(Guid.NewGuid(), 5000, Now);
        r.SendItem(Buyer, false, "SF", "顺丰速运", "SF123456", Now).IsSuccess.ShouldBeTrue();
        r.UsePart(Merchant, r.NextPartReference, Guid.NewGuid(), "P1", "温控器", 1, Now).Errors.Single().Code.ShouldBe("conflict"); // not in repair yet
        r.ReceiveItem(Merchant, Now).IsSuccess.ShouldBeTrue();
        var reference = r.NextPartReference;
        reference.ShouldBe($"{r.Number}-P1");
        r.UsePart(Merchant, reference, Guid.NewGuid(), "P1", "温控器", 1, Now).Value.ShouldBeTrue();
        r.UsePart(Merchant, reference, Guid.NewGuid(), "P1", "温控器", 1, Now).Value.ShouldBeFalse(); // the retry records nothing
        (r.Parts.Count, r.NextPartReference).ShouldBe((1, $"{r.Number}-P2"));
        r.ShipBack(Merchant, "SF", "顺丰速运", "SF654321", Now).Errors.Single().Field.ShouldBe("Note"); // the work first
        r.RecordWork(Merchant, " ", Now).Errors.Single().Field.ShouldBe("Note");
        r.RecordWork(Merchant, "更换温控器", Now).IsSuccess.ShouldBeTrue();
        r.ShipBack(Merchant, "SF", "顺丰速运", "SF654321", Now).IsSuccess.ShouldBeTrue();
        r.Confirm(Buyer, TimeSpan.FromDays(90), Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.IsOpen, r.RepairWarrantyUntilUtc).ShouldBe((RepairStatus.Completed, false, (DateTime?)Now.AddDays(90)));
        r.Steps.Select(s => s.Sequence).ShouldBe(Enumerable.Range(1, r.Steps.Count));
    }

    [Fact]
    public void A_dropped_off_item_needs_no_tracking_and_the_buyer_cannot_cancel_once_it_is_sent()
    {
        var r = Open(WarrantyBasis.ProductWarranty);
        r.Accept(Merchant, Now);
        r.SendItem(Buyer, true, null, null, null, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.DroppedOff, r.InboundTrackingNumber).ShouldBe((RepairStatus.ItemSent, true, (string?)null));
        r.Cancel(Buyer, Now).Errors.Single().Code.ShouldBe("conflict");
        r.Refuse(Merchant, "不是同一故障", Now).Errors.Single().Code.ShouldBe("conflict");
    }

    [Fact]
    public void A_refusal_needs_a_reason_and_ends_the_repair()
    {
        var r = Open(WarrantyBasis.None);
        r.Refuse(Merchant, "", Now).Errors.Single().Field.ShouldBe("Note");
        r.Refuse(Merchant, "人为损坏", Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.IsOpen).ShouldBe((RepairStatus.Refused, false));
        r.Cancel(Buyer, Now).Errors.Single().Code.ShouldBe("conflict");
    }
}
