using SharedWarehouse.Modules.Payments.Domain;

namespace SharedWarehouse.UnitTests.Payments;

public sealed class PaymentRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    private static Payment Pending(long amount = 10_000) =>
        Payment.Start(Guid.NewGuid(), "SO1", Guid.NewGuid(), amount, "商品", "/orders/1", "simulator", Now).Value;

    private static Payment Paid(long amount = 10_000)
    {
        var payment = Pending(amount);
        payment.Succeed("T1", amount, Now).Value.ShouldBe(PaymentChange.Applied);
        return payment;
    }

    [Fact]
    public void A_success_captures_the_payment_and_its_duplicate_changes_nothing()
    {
        var payment = Pending();
        payment.Succeed("T1", 10_000, Now).Value.ShouldBe(PaymentChange.Applied);
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        payment.PaidUtc.ShouldBe(Now);
        payment.Succeed("T1", 10_000, Now.AddMinutes(1)).Value.ShouldBe(PaymentChange.AlreadyApplied);
        payment.PaidUtc.ShouldBe(Now);
    }

    [Fact]
    public void A_failure_after_the_success_is_ignored()
    {
        var payment = Paid();
        payment.Fail(cancelled: false, "余额不足", Now).Value.ShouldBe(PaymentChange.Ignored);
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public void A_wrong_amount_is_refused_and_leaves_the_payment_pending()
    {
        var payment = Pending();
        payment.Succeed("T1", 9_999, Now).IsFailure.ShouldBeTrue();
        payment.Status.ShouldBe(PaymentStatus.Pending);
    }

    [Fact]
    public void Failed_and_cancelled_payments_are_closed()
    {
        var failed = Pending();
        failed.Fail(cancelled: false, "余额不足", Now).Value.ShouldBe(PaymentChange.Applied);
        failed.Status.ShouldBe(PaymentStatus.Failed);
        failed.Fail(cancelled: false, "余额不足", Now).Value.ShouldBe(PaymentChange.AlreadyApplied);
        failed.Succeed("T9", 10_000, Now).Value.ShouldBe(PaymentChange.Ignored);
        failed.Status.ShouldBe(PaymentStatus.Failed);

        var cancelled = Pending();
        cancelled.Fail(cancelled: true, "买家取消支付", Now).Value.ShouldBe(PaymentChange.Applied);
        cancelled.Status.ShouldBe(PaymentStatus.Cancelled);
    }

    [Fact]
    public void Refunds_never_exceed_the_captured_amount()
    {
        var payment = Paid(10_000);
        payment.Refund(6_000, "R1", "退货", "G1", Now).IsSuccess.ShouldBeTrue();
        payment.CheckRefund(4_001, "R2").IsFailure.ShouldBeTrue();
        payment.Refund(4_000, "R2", "退货", "G2", Now).IsSuccess.ShouldBeTrue();
        payment.RefundedFen.ShouldBe(10_000);
        payment.RefundableFen.ShouldBe(0);
    }

    [Fact]
    public void A_refund_reference_is_used_once()
    {
        var payment = Paid();
        payment.Refund(1_000, "R1", "退货", "G1", Now).IsSuccess.ShouldBeTrue();
        payment.CheckRefund(1_000, "R1").Value.ShouldBe(PaymentChange.AlreadyApplied);
        payment.CheckRefund(2_000, "R1").IsFailure.ShouldBeTrue();
        payment.RefundedFen.ShouldBe(1_000);
    }

    [Fact]
    public void An_unpaid_payment_cannot_be_refunded_and_a_zero_amount_cannot_start()
    {
        Pending().CheckRefund(100, "R1").IsFailure.ShouldBeTrue();
        Payment.Start(Guid.NewGuid(), "SO1", Guid.NewGuid(), 0, "商品", "/", "simulator", Now).IsFailure.ShouldBeTrue();
    }
}
