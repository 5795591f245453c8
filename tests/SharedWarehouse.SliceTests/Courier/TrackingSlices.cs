using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.SliceTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace SharedWarehouse.SliceTests.Courier;

/// The simulated carrier's default timeline: picked up after 30 minutes, in transit after 2 hours, delivered after a day.
public abstract class TrackingSlices(AppFixture app)
{
    [Fact]
    public async Task The_job_moves_a_parcel_from_created_to_delivered_and_publishes_each_event_once()
    {
        var waybill = await app.WaybillAsync();
        var booked = waybill.CreatedUtc;
        await app.RunTrackingJobAsync();
        (await app.PublishedAsync(waybill.TrackingNumber)).ShouldBeEmpty();

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        await app.RunTrackingJobAsync();
        (await app.PublishedAsync(waybill.TrackingNumber)).Select(e => e.Status).ShouldBe([ParcelStatuses.PickedUp]);

        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.RunTrackingJobAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunTrackingJobAsync();
        await app.RunTrackingJobAsync();

        var tracking = await app.CourierAsync(c => c.TrackingAsync(waybill.TrackingNumber, default));
        tracking.Select(e => e.Status).ShouldBe([ParcelStatuses.Created, ParcelStatuses.PickedUp, ParcelStatuses.InTransit, ParcelStatuses.InTransit,
            ParcelStatuses.Delivered]);
        tracking.Select(e => e.OccurredUtc).ShouldBe([booked, booked.AddMinutes(30), booked.AddHours(2), booked.AddHours(13), booked.AddDays(1)]);
        tracking.ShouldAllBe(e => e.TrackingNumber == waybill.TrackingNumber && e.Description.Length > 0);
        tracking[1].Description.ShouldContain("广州市");
        tracking[3].Description.ShouldContain("上海市");

        var published = await app.PublishedAsync(waybill.TrackingNumber);
        published.Select(e => e.Status).ShouldBe([ParcelStatuses.PickedUp, ParcelStatuses.InTransit, ParcelStatuses.InTransit, ParcelStatuses.Delivered]);
        published.ShouldAllBe(e => e.Reference == waybill.Reference && e.ShopId == waybill.ShopId);
        published.Select(e => e.EventId).Distinct().Count().ShouldBe(4);
        (await NextPollAsync(waybill.TrackingNumber)).ShouldBeNull(); // delivered: no more polling
    }

    [Fact]
    public async Task Two_job_runs_at_the_same_moment_record_and_publish_each_event_once()
    {
        var waybill = await app.WaybillAsync();
        app.Clock.Advance(TimeSpan.FromDays(2));

        await Task.WhenAll(Task.Run(app.RunTrackingJobAsync), Task.Run(app.RunTrackingJobAsync));
        await app.RunTrackingJobAsync();

        (await app.PublishedAsync(waybill.TrackingNumber)).Count.ShouldBe(4);
        (await app.CourierAsync(c => c.TrackingAsync(waybill.TrackingNumber, default))).Count.ShouldBe(5);
    }

    [Fact]
    public async Task A_parcel_is_asked_again_only_after_the_poll_interval()
    {
        var waybill = await app.WaybillAsync();
        await app.RunTrackingJobAsync();
        var next = await NextPollAsync(waybill.TrackingNumber);

        next.ShouldBe(app.Clock.GetUtcNow().UtcDateTime + app.CourierOptions().PollInterval);
    }

    private Task<DateTime?> NextPollAsync(string trackingNumber) =>
        app.QueryAsync<CourierDbContext, DateTime?>(db => db.Waybills.Where(w => w.TrackingNumber == trackingNumber).Select(w => w.NextPollUtc).SingleAsync());
}

public sealed class TrackingOnSqlite(SqliteApp app) : TrackingSlices(app), IClassFixture<SqliteApp>;

public sealed class TrackingOnPostgreSql(PostgreSqlApp app) : TrackingSlices(app), IClassFixture<PostgreSqlApp>;
