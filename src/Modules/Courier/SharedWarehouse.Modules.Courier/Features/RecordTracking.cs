using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Gateways;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Features;

/// Asks the carrier for the parcel's events and records the new ones, each with one ParcelStatusChanged in the
/// same transaction. Its event id is the tracking record's id, so even a replayed publish is one outbox row. Two
/// runs at once: the waybill's version (and the unique event key) lets one commit; the other rolls back whole.
public sealed record RecordTracking(Guid WaybillId) : ICommand<int>;

internal sealed class RecordTrackingHandler(CourierDbContext db, ICourierGateway gateway, CourierOptions options, TimeProvider time,
    ILogger<RecordTrackingHandler> log) : IRequestHandler<RecordTracking, Result<int>>
{
    public async Task<Result<int>> Handle(RecordTracking c, CancellationToken ct)
    {
        var waybill = await db.Waybills.Include(w => w.Events).FirstOrDefaultAsync(w => w.Id == c.WaybillId, ct);
        if (waybill is null) return Error.NotFound();
        var reported = await gateway.TrackAsync(waybill.TrackingNumber, ct);
        foreach (var unknown in reported.Where(e => !Domain.ParcelProgress.IsKnown(e.Status)).Select(e => e.Status).Distinct())
            log.LogWarning("Carrier {Carrier} reported status {Status} for {TrackingNumber}; ignored", waybill.CarrierCode, unknown, waybill.TrackingNumber);
        var added = waybill.Record(reported, time.GetUtcNow().UtcDateTime, options.PollInterval);
        foreach (var e in added)
            db.Publish(new ParcelStatusChanged(e.Id, waybill.Reference, waybill.ShopId, waybill.TrackingNumber, e.Status, e.OccurredUtc));
        return added.Count;
    }
}
