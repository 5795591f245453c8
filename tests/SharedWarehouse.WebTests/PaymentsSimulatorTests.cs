using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

/// The host with the notification job running every second and full chaos (every notification duplicated,
/// stale ones before and after); the job reaches the notify endpoint through the in-memory server.
public sealed class PaymentsWebFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Directory.CreateTempSubdirectory("sw-pay-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", "");
        builder.UseSetting("Admin:Phone", SharedWarehouseFactory.AdminPhone);
        builder.UseSetting("Admin:Password", SharedWarehouseFactory.AdminPassword);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Payments:Simulator:DeliveryIntervalSeconds", "1");
        builder.UseSetting("Payments:Simulator:DuplicateRate", "1");
        builder.UseSetting("Payments:Simulator:ReorderRate", "1");
        builder.ConfigureTestServices(s => s.AddSingleton<ISimulatorNotifyTransport>(new TestServerTransport(this)));
    }

    public HttpClient NewBrowser() => CreateDefaultClient(Visitor.BaseAddress, new CookieContainerHandler());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class TestServerTransport(PaymentsWebFactory factory) : ISimulatorNotifyTransport
    {
        public async Task<NotifyResponse> PostAsync(string notifyUrl, IReadOnlyDictionary<string, string> form, CancellationToken ct)
        {
            using var client = factory.Server.CreateClient();
            using var response = await client.PostAsync(notifyUrl, new FormUrlEncodedContent(form), ct);
            return new NotifyResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
    }
}

public sealed class PaymentsSimulatorTests(PaymentsWebFactory factory) : IClassFixture<PaymentsWebFactory>
{
    private async Task<(Guid OrderId, Guid PaymentId, Guid ChargeId)> StartAsync(long amountFen)
    {
        var order = Guid.CreateVersion7();
        await using var scope = factory.Services.CreateAsyncScope();
        var url = await scope.ServiceProvider.GetRequiredService<IPayments>()
            .StartOnlineAsync(new StartPayment(order, "SO" + order.ToString("N")[^8..], Guid.NewGuid(), amountFen, "测试商品 ×2", $"/orders/{order}"), default);
        url.Errors.ShouldBeEmpty();
        var payment = await scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Payments.AsNoTracking().SingleAsync(p => p.OrderId == order);
        url.Value.ShouldBe($"/paysim/{payment.ChargeId}");
        return (order, payment.Id, Guid.Parse(payment.ChargeId!));
    }

    private async Task<T> QueryAsync<T>(Func<PaymentsDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PaymentsDbContext>());
    }

    private static async Task<Page> PostAsync(HttpClient browser, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await Page.ReadAsync(await browser.PostAsync(url, new FormUrlEncodedContent(fields)));

    [Fact]
    public async Task Paying_on_the_pay_page_returns_the_buyer_and_the_job_delivers_the_success_once()
    {
        var (order, paymentId, chargeId) = await StartAsync(12_345);
        var browser = factory.NewBrowser();

        var payPage = await Page.ReadAsync(await browser.GetAsync($"/paysim/{chargeId}"));
        payPage.Status.ShouldBe(HttpStatusCode.OK, payPage.ToString());
        payPage.TestId("amount").ShouldBe("¥123.45");
        payPage.TestId("subject").ShouldBe("测试商品 ×2");
        var token = payPage.Token($"/paysim/{chargeId}");

        var paid = await PostAsync(browser, $"/paysim/{chargeId}", [new("outcome", "Success"), new(Visitor.TokenField, token)]);
        paid.Status.ShouldBe(HttpStatusCode.Redirect, paid.ToString());
        paid.Location.ShouldBe($"/orders/{order}");

        // The buyer is back before the money is confirmed: only the asynchronous notification decides.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await QueryAsync(db => db.SimulatorNotifications.CountAsync(n => n.ChargeId == chargeId && n.AcknowledgedUtc == null)) > 0
               && DateTime.UtcNow < deadline)
            await Task.Delay(200);

        var payment = await QueryAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        (await QueryAsync(db => db.SimulatorNotifications.CountAsync(n => n.ChargeId == chargeId && n.AcknowledgedUtc != null))).ShouldBe(4);
        (await QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(PaymentSucceeded).FullName && m.Payload.Contains(paymentId.ToString()))))
            .ShouldBe(1);
        (await QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(PaymentFailed).FullName && m.Payload.Contains(paymentId.ToString()))))
            .ShouldBe(0);

        var again = await Page.ReadAsync(await browser.GetAsync($"/paysim/{chargeId}"));
        again.TestId("pay-done").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_pay_page_requires_the_antiforgery_token()
    {
        var (_, paymentId, chargeId) = await StartAsync(500);
        var browser = factory.NewBrowser();
        (await browser.GetAsync($"/paysim/{chargeId}")).EnsureSuccessStatusCode();

        var forged = await PostAsync(browser, $"/paysim/{chargeId}", [new("outcome", "Success")]);

        forged.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await QueryAsync(db => db.SimulatedCharges.Where(c => c.Id == chargeId).Select(c => c.Status).SingleAsync())).ShouldBe(SimulatedChargeStatus.Open);
        (await QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.Status).SingleAsync())).ShouldBe(PaymentStatus.Pending);
    }

    [Fact]
    public async Task The_notify_endpoint_rejects_a_bad_signature_with_400_and_accepts_a_good_one_without_a_form_token()
    {
        var (_, paymentId, chargeId) = await StartAsync(700);
        var server = factory.Server.CreateClient();
        var fields = new Dictionary<string, string>
        {
            ["notify_id"] = "x1", ["charge_id"] = chargeId.ToString(), ["out_trade_no"] = paymentId.ToString(), ["status"] = "success",
            ["amount_fen"] = "700", ["transaction_id"] = "T-FORGED-" + chargeId.ToString("N")[^6..], ["event_time"] = DateTime.UtcNow.ToString("O"),
            ["sent_time"] = DateTime.UtcNow.ToString("O"),
        };
        fields["sign"] = new string('0', 64);

        var forged = await server.PostAsync("/payments/notify/simulator", new FormUrlEncodedContent(fields));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.Status).SingleAsync())).ShouldBe(PaymentStatus.Pending);

        fields["sign"] = SimulatorSignature.Sign(fields, factory.Services.GetRequiredService<SimulatorSecret>().Key);
        var genuine = await server.PostAsync("/payments/notify/simulator", new FormUrlEncodedContent(fields));
        genuine.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await genuine.Content.ReadAsStringAsync()).ShouldBe("success");
        (await QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.Status).SingleAsync())).ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public async Task The_admin_payments_page_lists_payments_with_totals_for_admins_only()
    {
        await StartAsync(900);
        var anonymous = await Page.ReadAsync(await factory.NewBrowser().GetAsync("/admin/payments"));
        anonymous.IsRedirect.ShouldBeTrue();
        anonymous.Location!.ShouldStartWith("/account/login");

        var admin = factory.NewBrowser();
        var login = await Page.ReadAsync(await admin.GetAsync("/account/login"));
        var signedIn = await PostAsync(admin, "/account/login",
            [new("Phone", SharedWarehouseFactory.AdminPhone), new("Password", SharedWarehouseFactory.AdminPassword), new(Visitor.TokenField, login.Token("/account/login"))]);
        signedIn.Status.ShouldBe(HttpStatusCode.Redirect, signedIn.ToString());

        var list = await Page.ReadAsync(await admin.GetAsync("/admin/payments?status=Pending"));
        list.Status.ShouldBe(HttpStatusCode.OK, list.ToString());
        list.Document.QuerySelectorAll("[data-testid='payments'] tbody tr[data-payment]").Length.ShouldBeGreaterThan(0);
        list.TestId("total-amount").ShouldNotBeNull();
    }
}
