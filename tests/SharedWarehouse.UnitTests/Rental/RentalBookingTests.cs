using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.UnitTests.Rental;

/// A booking's state machine: payment, cancellation, hand-over, the return and its settlement, disputes and balances.
public sealed class RentalBookingTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 4, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly Guid Buyer = Guid.NewGuid(), Merchant = Guid.NewGuid(), Admin = Guid.NewGuid();

    private static RentalItem Item(long deposit = 80000, int buffer = 1, EarlyReturnPolicy early = EarlyReturnPolicy.NoRefund)
    {
        var item = RentalItem.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "相机 A7", null, null,
            new RentalTerms(deposit, new RentalPrices(10000, 50000, null), 1, 30, buffer, 5000, early), Now).Value;
        item.AddUnit("SN-1", Guid.NewGuid(), "一号仓", Now).IsSuccess.ShouldBeTrue();
        return item;
    }

    private static RentalBooking Book(RentalItem item, DateOnly start, DateOnly end, RentalFulfilment how = RentalFulfilment.Pickup, string? address = null)
    {
        var created = RentalBooking.Create(item, new RentalBooking.Request(Buyer, Guid.NewGuid(), start, end, how, address), Today, 90, Now, TimeSpan.FromMinutes(30));
        created.IsSuccess.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Message)));
        created.Value.AssignUnit(item.Units[0]);
        return created.Value;
    }

    private static RentalBooking Out(RentalItem item, DateOnly start, DateOnly end)
    {
        var b = Book(item, start, end);
        b.MarkPaid(Guid.NewGuid(), b.TotalFen, Now).IsSuccess.ShouldBeTrue();
        b.HandOver(Merchant, start, null, Now).IsSuccess.ShouldBeTrue();
        return b;
    }

    [Fact]
    public void A_booking_is_priced_as_booked_and_holds_its_unit_with_the_buffer_days()
    {
        var b = Book(Item(buffer: 2), Today.AddDays(3), Today.AddDays(9));
        (b.Status, b.Days, b.RentFen, b.DepositFen, b.TotalFen).ShouldBe((RentalStatus.AwaitingPayment, 6, 50000L, 80000L, 130000L));
        (b.BlockStart, b.BlockEnd, b.HoldsUnit).ShouldBe((Today.AddDays(3), Today.AddDays(11), true));
        b.PayByUtc.ShouldBe(Now.AddMinutes(30));
        (b.UnitSerial, b.WarehouseName).ShouldBe(("SN-1", "一号仓"));
    }

    [Fact]
    public void Bad_periods_and_a_missing_delivery_address_are_refused_field_by_field()
    {
        var item = Item();
        Error(item, Today.AddDays(-1), Today.AddDays(2)).ShouldBe("StartDate");
        Error(item, Today.AddDays(91), Today.AddDays(92)).ShouldBe("StartDate");
        Error(item, Today.AddDays(2), Today.AddDays(2)).ShouldBe("EndDate");
        Error(item, Today.AddDays(1), Today.AddDays(40)).ShouldBe("EndDate"); // longer than 30 days
        Error(item, Today.AddDays(1), Today.AddDays(3), RentalFulfilment.Delivery).ShouldBe("DeliveryAddress");
        item.List(false);
        Error(item, Today.AddDays(1), Today.AddDays(3)).ShouldBe("");
    }

    private static string Error(RentalItem item, DateOnly start, DateOnly end, RentalFulfilment how = RentalFulfilment.Pickup) =>
        RentalBooking.Create(item, new RentalBooking.Request(Buyer, Guid.NewGuid(), start, end, how, null), Today, 90, Now, TimeSpan.FromMinutes(30))
            .Errors.Single().Field;

    [Fact]
    public void A_payment_counts_once_and_a_late_or_wrong_payment_is_refused()
    {
        var b = Book(Item(), Today.AddDays(1), Today.AddDays(3));
        var payment = Guid.NewGuid();
        b.MarkPaid(payment, b.TotalFen - 1, Now).IsFailure.ShouldBeTrue();
        b.MarkPaid(payment, b.TotalFen, Now).IsSuccess.ShouldBeTrue();
        b.MarkPaid(payment, b.TotalFen, Now).IsSuccess.ShouldBeTrue("the same payment again changes nothing");
        b.Steps.Count(s => s.Action == RentalActions.Paid).ShouldBe(1);
        b.MarkPaid(Guid.NewGuid(), b.TotalFen, Now).IsFailure.ShouldBeTrue("a second payment is refused (and refunded by the handler)");

        var expired = Book(Item(), Today.AddDays(1), Today.AddDays(3));
        expired.Expire(Now).IsFailure.ShouldBeTrue("not before the deadline");
        expired.Expire(Now.AddMinutes(30)).IsSuccess.ShouldBeTrue();
        (expired.Status, expired.HoldsUnit).ShouldBe((RentalStatus.Expired, false));
        expired.MarkPaid(Guid.NewGuid(), expired.TotalFen, Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void Cancelling_a_paid_booking_before_pick_up_day_refunds_everything_and_frees_the_unit()
    {
        var b = Book(Item(), Today.AddDays(2), Today.AddDays(4));
        b.MarkPaid(Guid.NewGuid(), b.TotalFen, Now);
        b.Cancel(Buyer, Today.AddDays(2), Now).IsFailure.ShouldBeTrue("not on pick-up day");
        b.Cancel(Buyer, Today.AddDays(1), Now).IsSuccess.ShouldBeTrue();
        (b.Status, b.HoldsUnit, b.RefundedFen).ShouldBe((RentalStatus.Cancelled, false, b.TotalFen));
        b.RefundDue.ShouldNotBeNull().Reference.ShouldBe($"rent-{b.Number}-cancel");

        var unpaid = Book(Item(), Today.AddDays(2), Today.AddDays(4));
        unpaid.Cancel(Buyer, Today, Now).IsSuccess.ShouldBeTrue();
        (unpaid.RefundDue, unpaid.RefundedFen).ShouldBe((null, 0L));
    }

    [Fact]
    public void Hand_over_is_possible_from_the_day_before_pick_up()
    {
        var b = Book(Item(), Today.AddDays(3), Today.AddDays(5));
        b.HandOver(Merchant, Today.AddDays(2), null, Now).IsFailure.ShouldBeTrue("not paid yet");
        b.MarkPaid(Guid.NewGuid(), b.TotalFen, Now);
        b.HandOver(Merchant, Today.AddDays(1), null, Now).IsFailure.ShouldBeTrue("too early");
        b.HandOver(Merchant, Today.AddDays(2), "SF123", Now).IsSuccess.ShouldBeTrue();
        (b.Status, b.OutOn, b.OutTrackingNumber).ShouldBe((RentalStatus.Out, Today.AddDays(2), "SF123"));
    }

    [Fact]
    public void Returned_two_days_late_the_deposit_comes_back_less_two_late_fees_and_the_booking_closes()
    {
        var b = Out(Item(), Today, Today.AddDays(3));
        b.RecordReturn(Merchant, Today.AddDays(6), Today.AddDays(4), 0, null, Now, TimeSpan.FromDays(7)).Errors.Single().Field.ShouldBe("ReturnedOn");
        b.RecordReturn(Merchant, Today.AddDays(5), Today.AddDays(5), 0, null, Now, TimeSpan.FromDays(7)).IsSuccess.ShouldBeTrue();
        (b.Status, b.LateDays, b.LateFeeFen, b.DepositRefundFen, b.BalanceDueFen).ShouldBe((RentalStatus.Closed, 2, 10000L, 70000L, 0L));
        b.RefundDue.ShouldNotBeNull().AmountFen.ShouldBe(70000);
        b.BlockEnd.ShouldBe(Today.AddDays(4), "a late return keeps the booked block; the extra days were charged");
    }

    [Fact]
    public void Returned_early_the_unit_is_free_after_the_buffer_from_the_return()
    {
        var b = Out(Item(buffer: 1, early: EarlyReturnPolicy.RefundUnusedDays), Today, Today.AddDays(9));
        b.RecordReturn(Merchant, Today.AddDays(2), Today.AddDays(2), 0, null, Now, TimeSpan.FromDays(7)).IsSuccess.ShouldBeTrue();
        b.BlockEnd.ShouldBe(Today.AddDays(3));
        (b.RentRefundFen, b.DepositRefundFen).ShouldBe((70000L - 20000L, 80000L));
    }

    [Fact]
    public void A_damage_charge_waits_for_the_buyer_who_may_accept_or_take_it_to_the_platform()
    {
        var accepted = Out(Item(), Today, Today.AddDays(3));
        accepted.RecordReturn(Merchant, Today.AddDays(3), Today.AddDays(3), 30000, null, Now, TimeSpan.FromDays(7)).Errors.Single().Field.ShouldBe("Note");
        accepted.RecordReturn(Merchant, Today.AddDays(3), Today.AddDays(3), 30000, "镜头划伤", Now, TimeSpan.FromDays(7)).IsSuccess.ShouldBeTrue();
        (accepted.Status, accepted.RefundDue, accepted.BuyerTurnUntilUtc).ShouldBe((RentalStatus.ChargeProposed, null, Now.AddDays(7)));
        accepted.AcceptCharge(null, Now.AddDays(6)).IsFailure.ShouldBeTrue("the buyer's answer period is not over");
        accepted.AcceptCharge(Buyer, Now).IsSuccess.ShouldBeTrue();
        (accepted.Status, accepted.DepositRefundFen).ShouldBe((RentalStatus.Closed, 50000L));

        var disputed = Out(Item(), Today, Today.AddDays(3));
        disputed.RecordReturn(Merchant, Today.AddDays(3), Today.AddDays(3), 30000, "镜头划伤", Now, TimeSpan.FromDays(7));
        disputed.Dispute(Buyer, null, Now).Errors.Single().Field.ShouldBe("Note");
        disputed.Dispute(Buyer, "出租前就有划痕", Now).IsSuccess.ShouldBeTrue();
        disputed.AcceptCharge(null, Now.AddDays(8)).IsFailure.ShouldBeTrue("a dispute is not settled by the deadline job");
        disputed.Decide(Admin, 30001, "x", Now).Errors.Single().Field.ShouldBe("Damage");
        disputed.Decide(Admin, 10000, "划痕轻微，部分扣款", Now).IsSuccess.ShouldBeTrue();
        (disputed.Status, disputed.DamageFen, disputed.DepositRefundFen).ShouldBe((RentalStatus.Closed, 10000L, 70000L));
        disputed.Decide(Admin, 0, "again", Now).IsFailure.ShouldBeTrue("final");
    }

    [Fact]
    public void Late_fees_that_use_up_the_deposit_exactly_refund_nothing_and_close()
    {
        var b = Out(Item(deposit: 10000), Today, Today.AddDays(2));
        b.RecordReturn(Merchant, Today.AddDays(4), Today.AddDays(4), 0, null, Now, TimeSpan.FromDays(7)).IsSuccess.ShouldBeTrue();
        (b.Status, b.LateFeeFen, b.DepositRefundFen, b.BalanceDueFen, b.RefundDue).ShouldBe((RentalStatus.Closed, 10000L, 0L, 0L, null));
    }

    [Fact]
    public void A_balance_is_closed_only_by_its_own_payment_of_the_right_amount()
    {
        var b = Out(Item(deposit: 10000), Today, Today.AddDays(2));
        b.RecordReturn(Merchant, Today.AddDays(5), Today.AddDays(5), 0, null, Now, TimeSpan.FromDays(7)).IsSuccess.ShouldBeTrue();
        (b.Status, b.BalanceDueFen).ShouldBe((RentalStatus.AwaitingBalance, 5000L));
        var reference = b.BalancePaymentRef.ShouldNotBeNull();
        b.MarkBalancePaid(Guid.NewGuid(), 5000, Now).IsFailure.ShouldBeTrue();
        b.MarkBalancePaid(reference, 4999, Now).IsFailure.ShouldBeTrue();
        b.MarkBalancePaid(reference, 5000, Now).IsSuccess.ShouldBeTrue();
        b.Status.ShouldBe(RentalStatus.Closed);
    }

    [Fact]
    public void An_overdue_buyer_is_reminded_once_a_day()
    {
        var b = Out(Item(), Today, Today.AddDays(2));
        b.Remind(Today.AddDays(2), Now).ShouldBeFalse("due today is not overdue");
        b.Remind(Today.AddDays(3), Now).ShouldBeTrue();
        b.Remind(Today.AddDays(3), Now).ShouldBeFalse();
        b.Remind(Today.AddDays(4), Now).ShouldBeTrue();
        b.Steps.Last().AmountFen.ShouldBe(10000, "the late fee so far");
    }

    [Fact]
    public void Unit_serials_are_normalised_checked_and_unique_within_the_item()
    {
        var item = Item();
        item.AddUnit(" sn-1 ", Guid.NewGuid(), "一号仓", Now).Errors.Single().Field.ShouldBe("Serial");
        item.AddUnit("坏序列号", Guid.NewGuid(), "一号仓", Now).Errors.Single().Field.ShouldBe("Serial");
        item.AddUnit("", Guid.NewGuid(), "一号仓", Now).Errors.Single().Field.ShouldBe("Serial");
        item.AddUnit("sn-2", Guid.NewGuid(), "一号仓", Now).IsSuccess.ShouldBeTrue();
        item.Units.Select(u => u.Serial).ShouldBe(["SN-1", "SN-2"]);
    }
}
