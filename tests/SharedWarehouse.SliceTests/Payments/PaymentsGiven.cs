using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Features;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Payments;

public sealed record StartedPayment(Guid OrderId, Guid PaymentId, Guid ChargeId, string PayUrl, long AmountFen);

/// The simulated gateway seen from a test: the notify endpoint is reached in-process (NotificationReceiver).
public static class PaymentsGiven
{
    public static Task<T> PaymentsAsync<T>(this AppFixture app, Func<IPayments, Task<T>> call) =>
        app.WithScopeAsync(sp => call(sp.GetRequiredService<IPayments>()));

    public static async Task<StartedPayment> StartedPaymentAsync(this AppFixture app, long amountFen = 10_000, Guid? orderId = null)
    {
        var order = orderId ?? Guid.CreateVersion7();
        var url = await app.PaymentsAsync(p => p.StartOnlineAsync(
            new StartPayment(order, "SO" + order.ToString("N")[^10..], Guid.CreateVersion7(), amountFen, "测试商品", $"/orders/{order}"), default));
        url.Errors.ShouldBeEmpty();
        var payment = await app.QueryAsync<PaymentsDbContext, Payment>(db => db.Payments.AsNoTracking().SingleAsync(p => p.OrderId == order && p.Status == PaymentStatus.Pending));
        return new StartedPayment(order, payment.Id, Guid.Parse(payment.ChargeId!), url.Value, amountFen);
    }

    public static SimulatorOptions Simulator(this AppFixture app) => app.Services.GetRequiredService<SimulatorOptions>();

    /// A notification signed with the app's own secret, as the gateway would send it.
    public static Dictionary<string, string> Signed(this AppFixture app, StartedPayment p, string status, long? amountFen = null,
        string? transactionId = "T-", string notifyId = "n1")
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["notify_id"] = notifyId, ["charge_id"] = p.ChargeId.ToString(), ["out_trade_no"] = p.PaymentId.ToString(), ["status"] = status,
            ["amount_fen"] = (amountFen ?? p.AmountFen).ToString(CultureInfo.InvariantCulture),
            ["event_time"] = app.Clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["sent_time"] = app.Clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
        if (transactionId is not null && status == "success") fields["transaction_id"] = transactionId + p.ChargeId.ToString("N")[^8..];
        fields[SimulatorSignature.Field] = SimulatorSignature.Sign(fields, app.Services.GetRequiredService<SimulatorSecret>().Key);
        return fields;
    }

    public static Task<NotifyReceipt> NotifyAsync(this AppFixture app, IReadOnlyDictionary<string, string> fields) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<NotificationReceiver>().ReceiveAsync(SimulatorGateway.GatewayName, fields, default));

    /// The delivery job's work, with the notify endpoint reached in-process.
    public static Task<int> DeliverNotificationsAsync(this AppFixture app) =>
        ActivatorUtilities.CreateInstance<SimulatorNotificationDispatcher>(app.Services, new InProcessTransport(app)).DeliverDueAsync(default);

    public static Task<int> EventCountAsync<TEvent>(this AppFixture app, Guid paymentId) =>
        app.QueryAsync<PaymentsDbContext, int>(db => db.OutboxMessages
            .CountAsync(m => m.Type == typeof(TEvent).FullName && m.Payload.Contains(paymentId.ToString())));

    public static Task<Payment> PaymentAsync(this AppFixture app, Guid paymentId) =>
        app.QueryAsync<PaymentsDbContext, Payment>(db => db.Payments.AsNoTracking().Include(p => p.Refunds).SingleAsync(p => p.Id == paymentId));

    private sealed class InProcessTransport(AppFixture app) : ISimulatorNotifyTransport
    {
        public async Task<NotifyResponse> PostAsync(string notifyUrl, IReadOnlyDictionary<string, string> form, CancellationToken ct)
        {
            notifyUrl.ShouldEndWith("/payments/notify/simulator");
            var receipt = await app.NotifyAsync(form);
            return new NotifyResponse(receipt.StatusCode, receipt.Body);
        }
    }
}
