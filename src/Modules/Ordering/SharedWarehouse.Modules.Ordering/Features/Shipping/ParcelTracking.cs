using SharedWarehouse.Modules.Courier.Contracts;

namespace SharedWarehouse.Modules.Ordering.Features.Shipping;

/// The parcels' tracking as the Courier module recorded it from the carriers, newest event first, by tracking
/// number. A number the merchant typed in (its own waybill) has no events: no carrier reports it to us.
internal static class ParcelTracking
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<TrackingEvent>>> OfAsync(ICourier courier, IEnumerable<string> trackingNumbers, CancellationToken ct)
    {
        var tracking = new Dictionary<string, IReadOnlyList<TrackingEvent>>(StringComparer.Ordinal);
        foreach (var number in trackingNumbers.Distinct())
            tracking[number] = (await courier.TrackingAsync(number, ct)).Reverse().ToList();
        return tracking;
    }
}
