using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;

namespace SharedWarehouse.Modules.Courier.Features;

public sealed record FindWaybill(string TrackingNumber) : IQuery<Waybill?>;

internal sealed class FindWaybillHandler(CourierDbContext db) : IRequestHandler<FindWaybill, Waybill?>
{
    public async Task<Waybill?> Handle(FindWaybill query, CancellationToken ct)
    {
        var number = query.TrackingNumber?.Trim() ?? "";
        var waybill = await db.Waybills.AsNoTracking().FirstOrDefaultAsync(w => w.TrackingNumber == number, ct);
        return waybill?.ToContract();
    }
}

public sealed record GetTracking(string TrackingNumber) : IQuery<IReadOnlyList<TrackingEvent>>;

internal sealed class GetTrackingHandler(CourierDbContext db) : IRequestHandler<GetTracking, IReadOnlyList<TrackingEvent>>
{
    public async Task<IReadOnlyList<TrackingEvent>> Handle(GetTracking query, CancellationToken ct)
    {
        var number = query.TrackingNumber?.Trim() ?? "";
        var events = await db.Waybills.AsNoTracking().Where(w => w.TrackingNumber == number)
            .SelectMany(w => w.Events).ToListAsync(ct);
        return events.OrderBy(e => e.OccurredUtc).ThenBy(e => Domain.ParcelProgress.Rank(e.Status))
            .Select(e => new TrackingEvent(number, e.Status, e.Description, e.OccurredUtc)).ToList();
    }
}
