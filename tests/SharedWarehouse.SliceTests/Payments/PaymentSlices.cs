using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Payments;

public abstract class PaymentSlices(AppFixture app)
{
    private Task<SharedWarehouse.SharedKernel.Result<string>> PayOnPageAsync(Guid chargeId, SimulatedOutcome outcome) =>
        app.SendAsync(new CompleteSimulatedCharge(chargeId, outcome));

    [Fact]
    public async Task Starting_twice_returns_the_open_payment_and_a_paid_order_cannot_start_again()
    {
        var p = await app.StartedPaymentAsync();
        var again = await app.PaymentsAsync(x => x.StartOnlineAsync(new StartPayment(p.OrderId, "SO1", Guid.NewGuid(), p.AmountFen, "测试商品", "/orders"), default));
        again.Value.ShouldBe(p.PayUrl);
        p.PayUrl.ShouldBe($"/paysim/{p.ChargeId}");

        (await app.NotifyAsync(app.Signed(p, "success"))).StatusCode.ShouldBe(200);
        var paid = await app.PaymentsAsync(x => x.StartOnlineAsync(new StartPayment(p.OrderId, "SO1", Guid.NewGuid(), p.AmountFen, "测试商品", "/orders"), default));
        paid.IsFailure.ShouldBeTrue();
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_refused()
    {
        var result = await app.PaymentsAsync(x => x.StartOnlineAsync(
            new StartPayment(Guid.NewGuid(), "SO1", Guid.NewGuid(), 100, "测试商品", "https://evil.example/"), default));
        result.IsFailure.ShouldBeTrue();
    }

    [Fact]
    public async Task A_duplicated_notification_publishes_PaymentSucceeded_once()
    {
        app.Simulator().DuplicateRate = 1;
        app.Simulator().ReorderRate = 0;
        var p = await app.StartedPaymentAsync(12_345);

        (await PayOnPageAsync(p.ChargeId, SimulatedOutcome.Success)).Value.ShouldBe($"/orders/{p.OrderId}");
        (await app.DeliverNotificationsAsync()).ShouldBe(2);
        (await app.NotifyAsync(app.Signed(p, "success", transactionId: null))).StatusCode.ShouldBe(400); // no transaction id: rejected

        var payment = await app.PaymentAsync(p.PaymentId);
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        (await app.EventCountAsync<PaymentSucceeded>(p.PaymentId)).ShouldBe(1);
        var queue = await app.QueryAsync<PaymentsDbContext, List<SimulatorNotification>>(db => db.SimulatorNotifications.Where(n => n.ChargeId == p.ChargeId).ToListAsync());
        queue.Count.ShouldBe(2);
        queue.ShouldAllBe(n => n.AcknowledgedUtc != null && n.Attempts == 1);
    }

    [Fact]
    public async Task A_stale_failure_delivered_after_the_success_is_ignored()
    {
        app.Simulator().DuplicateRate = 0;
        app.Simulator().ReorderRate = 1;
        var p = await app.StartedPaymentAsync();

        await PayOnPageAsync(p.ChargeId, SimulatedOutcome.Success);
        (await app.DeliverNotificationsAsync()).ShouldBe(3); // stale "pending", the success, a stale "failed": all acknowledged

        (await app.PaymentAsync(p.PaymentId)).Status.ShouldBe(PaymentStatus.Succeeded);
        (await app.EventCountAsync<PaymentSucceeded>(p.PaymentId)).ShouldBe(1);
        (await app.EventCountAsync<PaymentFailed>(p.PaymentId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_failure_closes_the_payment_once_and_a_new_payment_can_start()
    {
        app.Simulator().DuplicateRate = 1;
        app.Simulator().ReorderRate = 1;
        var p = await app.StartedPaymentAsync();

        await PayOnPageAsync(p.ChargeId, SimulatedOutcome.Failure);
        await app.DeliverNotificationsAsync();

        (await app.PaymentAsync(p.PaymentId)).Status.ShouldBe(PaymentStatus.Failed);
        (await app.EventCountAsync<PaymentFailed>(p.PaymentId)).ShouldBe(1);
        var next = await app.PaymentsAsync(x => x.StartOnlineAsync(new StartPayment(p.OrderId, "SO1", Guid.NewGuid(), p.AmountFen, "测试商品", "/orders"), default));
        next.Value.ShouldNotBe(p.PayUrl);
    }

    [Fact]
    public async Task A_bad_signature_or_a_wrong_amount_has_no_effect()
    {
        var p = await app.StartedPaymentAsync();
        var forged = app.Signed(p, "success");
        forged["amount_fen"] = "1";
        (await app.NotifyAsync(forged)).StatusCode.ShouldBe(400);
        var unsigned = app.Signed(p, "success");
        unsigned.Remove("sign");
        (await app.NotifyAsync(unsigned)).StatusCode.ShouldBe(400);
        (await app.NotifyAsync(app.Signed(p, "success", amountFen: p.AmountFen - 1))).StatusCode.ShouldBe(400);

        (await app.PaymentAsync(p.PaymentId)).Status.ShouldBe(PaymentStatus.Pending);
        (await app.EventCountAsync<PaymentSucceeded>(p.PaymentId)).ShouldBe(0);
    }

    [Fact]
    public async Task An_undelivered_notification_is_retried_with_backoff()
    {
        app.Simulator().DuplicateRate = 0;
        app.Simulator().ReorderRate = 0;
        var p = await app.StartedPaymentAsync();
        await PayOnPageAsync(p.ChargeId, SimulatedOutcome.Success);
        // The endpoint "was down": the payment it points at does not match, so it answers 404.
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PaymentsDbContext>();
            await db.SimulatorNotifications.Where(n => n.ChargeId == p.ChargeId).ExecuteUpdateAsync(s => s.SetProperty(n => n.PaymentId, Guid.Empty));
            return 0;
        });
        (await app.DeliverNotificationsAsync()).ShouldBe(0);
        (await app.DeliverNotificationsAsync()).ShouldBe(0); // not due again yet
        var row = await app.QueryAsync<PaymentsDbContext, SimulatorNotification>(db => db.SimulatorNotifications.SingleAsync(n => n.ChargeId == p.ChargeId));
        row.Attempts.ShouldBe(1);
        row.LastStatusCode.ShouldBe(404);
        row.DueUtc.ShouldBe(app.Clock.GetUtcNow().UtcDateTime.AddSeconds(5));
    }

    [Fact]
    public async Task A_refund_is_idempotent_per_reference_and_never_exceeds_the_captured_amount()
    {
        app.Simulator().DuplicateRate = 0;
        app.Simulator().ReorderRate = 0;
        var p = await app.StartedPaymentAsync(10_000);
        await PayOnPageAsync(p.ChargeId, SimulatedOutcome.Success);
        (await app.DeliverNotificationsAsync()).ShouldBe(1);

        (await app.PaymentsAsync(x => x.RefundAsync(p.OrderId, 3_000, "RF1", "退货", default))).Errors.ShouldBeEmpty();
        (await app.PaymentsAsync(x => x.RefundAsync(p.OrderId, 3_000, "RF1", "退货", default))).Errors.ShouldBeEmpty();
        (await app.PaymentsAsync(x => x.RefundAsync(p.OrderId, 8_000, "RF2", "退货", default))).IsFailure.ShouldBeTrue();
        (await app.PaymentsAsync(x => x.RefundAsync(p.OrderId, 7_000, "RF2", "退货", default))).Errors.ShouldBeEmpty();
        (await app.PaymentsAsync(x => x.RefundAsync(p.OrderId, 1, "RF3", "退货", default))).IsFailure.ShouldBeTrue();

        var payment = await app.PaymentAsync(p.PaymentId);
        payment.RefundedFen.ShouldBe(10_000);
        payment.Refunds.Count.ShouldBe(2);
        (await app.EventCountAsync<PaymentRefunded>(p.PaymentId)).ShouldBe(2);
        (await app.QueryAsync<PaymentsDbContext, long>(db => db.SimulatedCharges.Where(c => c.Id == p.ChargeId).Select(c => c.RefundedFen).SingleAsync()))
            .ShouldBe(10_000);
    }

    [Fact]
    public async Task An_unpaid_order_cannot_be_refunded()
    {
        var p = await app.StartedPaymentAsync();
        (await app.PaymentsAsync(x => x.RefundAsync(p.OrderId, 100, "RF1", "退货", default))).IsFailure.ShouldBeTrue();
    }
}

public sealed class PaymentSlicesOnSqlite(SqliteApp app) : PaymentSlices(app), IClassFixture<SqliteApp>;

public sealed class PaymentSlicesOnPostgreSql(PostgreSqlApp app) : PaymentSlices(app), IClassFixture<PostgreSqlApp>;

/// Real parallel transactions need a real server: PostgreSQL only.
public sealed class PaymentConcurrencyOnPostgreSql(PostgreSqlApp app) : IClassFixture<PostgreSqlApp>
{
    [Fact]
    public async Task Concurrent_copies_of_one_notification_take_effect_exactly_once()
    {
        var p = await app.StartedPaymentAsync(8_800);
        var fields = app.Signed(p, "success");

        var start = new TaskCompletionSource();
        var copies = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await app.NotifyAsync(fields);
        })).ToList();
        start.SetResult();
        var receipts = await Task.WhenAll(copies);

        receipts.ShouldAllBe(r => r.StatusCode == 200 || r.StatusCode == 409);
        (await app.EventCountAsync<PaymentSucceeded>(p.PaymentId)).ShouldBe(1);
        // The gateway retries the ones answered 409: they are acknowledged and change nothing.
        (await app.NotifyAsync(fields)).StatusCode.ShouldBe(200);
        (await app.EventCountAsync<PaymentSucceeded>(p.PaymentId)).ShouldBe(1);
        (await app.PaymentAsync(p.PaymentId)).Status.ShouldBe(PaymentStatus.Succeeded);
    }
}
