using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Courier;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Jobs;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Courier;

/// Courier set-up and look-ups through the ICourier contract, the tracking job and the outbox.
public static class CourierGiven
{
    public static readonly ParcelParty Sender = new("王五", "13800138000", "440106", "天河路 385 号 太古汇仓 3 楼");
    public static readonly ParcelParty Receiver = new("张三", "13912345678", "310104", "漕溪北路 88 号 5 栋 1203");

    public static string NewReference() => "dropship:" + Guid.NewGuid().ToString("N");

    public static WaybillRequest Request(Guid shopId, string? reference = null, string? order = "SO20261123001") =>
        new(reference ?? NewReference(), shopId, Sender, Receiver, "连衣裙 黑色 M", 2, order);

    public static Task<T> CourierAsync<T>(this AppFixture app, Func<ICourier, Task<T>> call) =>
        app.WithScopeAsync(sp => call(sp.GetRequiredService<ICourier>()));

    public static async Task<Waybill> WaybillAsync(this AppFixture app, Guid? shopId = null, string? reference = null)
    {
        var result = await app.CourierAsync(c => c.CreateWaybillAsync(Request(shopId ?? Guid.NewGuid(), reference), default));
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    public static Task<Result<Waybill>> CreateAsync(this AppFixture app, WaybillRequest request) =>
        app.CourierAsync(c => c.CreateWaybillAsync(request, default));

    public static CourierOptions CourierOptions(this AppFixture app) => app.Services.GetRequiredService<CourierOptions>();

    public static Task<int> RunTrackingJobAsync(this AppFixture app) =>
        ActivatorUtilities.CreateInstance<CourierTrackingJob>(app.Services).RunAsync(default);

    /// The ParcelStatusChanged events in the courier outbox for this tracking number, oldest first.
    public static async Task<List<ParcelStatusChanged>> PublishedAsync(this AppFixture app, string trackingNumber)
    {
        var rows = await app.QueryAsync<CourierDbContext, List<string>>(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(ParcelStatusChanged).FullName && m.Payload.Contains(trackingNumber)).Select(m => m.Payload).ToListAsync());
        return rows.Select(r => System.Text.Json.JsonSerializer.Deserialize<ParcelStatusChanged>(r)!).OrderBy(e => e.OccurredUtc).ToList();
    }

    public static Task<int> WaybillCountAsync(this AppFixture app, string reference) =>
        app.QueryAsync<CourierDbContext, int>(db => db.Waybills.CountAsync(w => w.Reference == reference));
}
