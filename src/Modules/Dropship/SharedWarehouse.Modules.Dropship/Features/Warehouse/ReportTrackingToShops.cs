using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

/// The body posted to a shop's callback URL when its order ships.
public sealed record TrackingCallback(string Type, string ExternalOrderId, string OrderNumber, string Carrier, string TrackingNumber, DateTime ShippedUtc);

/// Tracking numbers go back to the outside shops: each shipped order whose shop set a callback URL is posted there
/// (JSON, signed with X-SW-Signature = hex HMAC-SHA256 of the body keyed by the hex SHA-256 of the API key's
/// secret part, so the receiver can check it with the key it holds) until the shop answers 2xx; then it is marked
/// reported. A shop without a callback exports its shipped orders as CSV instead.
/// A failed post waits before its next try (1, 2, 4 … minutes, at most 6 hours), so a shop whose server is down
/// does not hold up the others; posts go out a few at a time. A process: no transaction is held while shops answer.
public sealed record ReportTrackingToShops : IProcess<int>;

internal sealed class ReportTrackingToShopsHandler(DropshipDbContext db, ISender sender, IHttpClientFactory clients, ILogger<ReportTrackingToShopsHandler> log)
    : IRequestHandler<ReportTrackingToShops, Result<int>>
{
    public const string ClientName = "dropship-callbacks";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<Result<int>> Handle(ReportTrackingToShops c, CancellationToken ct)
    {
        var now = db.Now();
        var pending = await db.Orders.AsNoTracking()
            .Where(o => o.Status == DropshipOrderStatus.Shipped && o.TrackingReportedUtc == null && (o.NextCallbackUtc == null || o.NextCallbackUtc <= now)
                && db.Accounts.Any(a => a.ShopId == o.ShopId && a.CallbackUrl != null && a.ApiKeyHash != null)) // unsigned posts are never sent
            .OrderBy(o => o.ShippedUtc).Take(50).ToListAsync(ct);
        if (pending.Count == 0) return 0;
        var shopIds = pending.Select(o => o.ShopId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => shopIds.Contains(a.ShopId)).ToDictionaryAsync(a => a.ShopId, ct);
        var client = clients.CreateClient(ClientName);
        var reported = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var failed = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (order, token) =>
        {
            var account = accounts[order.ShopId];
            var body = JsonSerializer.Serialize(new TrackingCallback("shipped", order.ExternalOrderId, order.Number, order.CarrierName ?? "",
                order.TrackingNumber ?? "", order.ShippedUtc!.Value), Json);
            using var request = new HttpRequestMessage(HttpMethod.Post, account.CallbackUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-SW-Signature", Sign(account.ApiKeyHash ?? "", body));
            try
            {
                using var response = await client.SendAsync(request, token);
                if (!response.IsSuccessStatusCode)
                {
                    log.LogInformation("Tracking callback for {Number} answered {Status}; tried again later", order.Number, (int)response.StatusCode);
                    failed.Add(order.Id);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !token.IsCancellationRequested)
            {
                log.LogInformation("Tracking callback for {Number} failed ({Error}); tried again later", order.Number, ex.Message);
                failed.Add(order.Id);
                return;
            }
            reported.Add(order.Id);
        });
        if (!reported.IsEmpty || !failed.IsEmpty) await sender.Send(new MarkTrackingReported([.. reported], [.. failed]), ct);
        return reported.Count;
    }

    public static string Sign(string key, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(body)));
}
