using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Markets;

namespace SharedWarehouse.SliceTests.Dropship;

public abstract class TrackingCallbackSlices(AppFixture app)
{
    [Fact]
    public async Task A_shipped_orders_tracking_is_posted_signed_to_the_shops_callback_retried_after_a_pause_until_it_answers_2xx_and_then_never_again()
    {
        using var shop = new CallbackReceiver();
        var d = await app.DropshipMerchantAsync();
        (await app.SendAsync(new SaveDropshipSettings(d.Merchant.ShopId, DropshipMode.OwnTeam, shop.Url, "李老板", "13800138000",
            MarketsGiven.District, "白马服装城 5 楼"))).Errors.ShouldBeEmpty();
        var key = (await app.SendAsync(new IssueDropshipApiKey(d.Merchant.ShopId))).Value;
        var picker = await app.PickerAsync(d.Merchant.ShopId, withPrinter: false);
        var order = await app.ShippedAsync(d, picker, d.Merchant.ShopId);

        // A merchant's URL pointing into our own network is refused before connecting (SSRF).
        var options = app.Services.GetRequiredService<Modules.Dropship.DropshipOptions>();
        options.AllowPrivateCallbackHosts = false;
        await app.SendAsync(new ReportTrackingToShops());
        shop.Received.ShouldBeEmpty();
        (await app.OrderAsync(order.Id)).TrackingReportedUtc.ShouldBeNull();
        options.AllowPrivateCallbackHosts = true; // this test's "shop" listens on 127.0.0.1
        app.Clock.Advance(TimeSpan.FromMinutes(1)); // the first failure's pause

        shop.Status = HttpStatusCode.InternalServerError;
        await app.SendAsync(new ReportTrackingToShops());
        (await app.OrderAsync(order.Id)).TrackingReportedUtc.ShouldBeNull();

        shop.Status = HttpStatusCode.OK;
        await app.SendAsync(new ReportTrackingToShops()); // too soon after the failure: it waits
        (await app.OrderAsync(order.Id)).TrackingReportedUtc.ShouldBeNull();
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // the second failure's pause is twice as long
        await app.SendAsync(new ReportTrackingToShops());
        (await app.OrderAsync(order.Id)).TrackingReportedUtc.ShouldNotBeNull();
        var received = shop.Received.Where(r => r.Body.Contains(order.ExternalOrderId)).ToList();
        received.Count.ShouldBe(2); // the refused post and the accepted one
        var body = JsonDocument.Parse(received[^1].Body).RootElement;
        (body.GetProperty("type").GetString(), body.GetProperty("external_order_id").GetString(), body.GetProperty("tracking_number").GetString())
            .ShouldBe(("shipped", order.ExternalOrderId, order.TrackingNumber));
        var secretHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key[12..])));
        received[^1].Signature.ShouldBe(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretHash), Encoding.UTF8.GetBytes(received[^1].Body))));

        await app.SendAsync(new ReportTrackingToShops());
        shop.Received.Count(r => r.Body.Contains(order.ExternalOrderId)).ShouldBe(2);
    }

    /// A shop's server on a free local port that records what it is sent and answers with Status.
    private sealed class CallbackReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public CallbackReceiver()
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/callback/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }
        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;
        public List<(string Body, string? Signature)> Received { get; } = [];

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) { return; }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (Received) Received.Add((body, context.Request.Headers["X-SW-Signature"]));
                context.Response.StatusCode = (int)Status;
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            l.Start();
            var port = ((IPEndPoint)l.LocalEndpoint).Port;
            l.Stop();
            return port;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
        }
    }
}

public sealed class TrackingCallbackSlicesOnSqlite(SqliteApp app) : TrackingCallbackSlices(app), IClassFixture<SqliteApp>;

public sealed class TrackingCallbackSlicesOnPostgreSql(PostgreSqlApp app) : TrackingCallbackSlices(app), IClassFixture<PostgreSqlApp>;
