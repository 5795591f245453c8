using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Features;

public sealed record GetTracking(string TrackingNumber) : IQuery<IReadOnlyList<TrackingEvent>>;

internal sealed class GetTrackingHandler(CourierDbContext db) : IRequestHandler<GetTracking, IReadOnlyList<TrackingEvent>>
{
    public async Task<IReadOnlyList<TrackingEvent>> Handle(GetTracking query, CancellationToken ct)
    {
        var number = ScanCode.Normalize(query.TrackingNumber);
        var events = await db.Waybills.AsNoTracking().Where(w => w.TrackingNumber == number)
            .SelectMany(w => w.Events).ToListAsync(ct);
        return events.OrderBy(e => e.OccurredUtc).ThenBy(e => Domain.ParcelProgress.Rank(e.Status))
            .Select(e => new TrackingEvent(number, e.Status, e.Description, e.OccurredUtc)).ToList();
    }
}
