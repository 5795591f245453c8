using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Gateways.Simulator;

/// The simulated carrier's own record of a booked shipment (what the carrier keeps on its side). Its timeline is
/// fixed at booking from the configured delays, so every poll answers the same history, growing only with time.
public sealed class SimulatedShipment : Entity
{
    private SimulatedShipment() { }

    public string Reference { get; private init; } = "";
    public string TrackingNumber { get; private init; } = "";
    public string FromCity { get; private init; } = "";
    public string ToCity { get; private init; } = "";
    public DateTime BookedUtc { get; private init; }
    public DateTime PickUpUtc { get; private init; }
    public DateTime InTransitUtc { get; private init; }
    public DateTime DeliverUtc { get; private init; }

    public static SimulatedShipment Book(string reference, string trackingNumber, string fromCity, string toCity, SimulatorCourierOptions o, DateTime nowUtc)
    {
        var pickUp = nowUtc.AddMinutes(Math.Max(0, o.PickUpAfterMinutes));
        var inTransit = Later(nowUtc.AddMinutes(o.InTransitAfterMinutes), pickUp);
        return new SimulatedShipment
        {
            Reference = reference, TrackingNumber = trackingNumber, FromCity = fromCity, ToCity = toCity, BookedUtc = nowUtc,
            PickUpUtc = pickUp, InTransitUtc = inTransit, DeliverUtc = Later(nowUtc.AddMinutes(o.DeliverAfterMinutes), inTransit),
        };
    }

    /// The scans that have happened by now: picked up, left the sender's city, reached the receiver's city, delivered.
    public IReadOnlyList<Domain.CarrierEvent> History(string carrierName, DateTime nowUtc)
    {
        var arrival = InTransitUtc + (DeliverUtc - InTransitUtc) / 2;
        Domain.CarrierEvent[] all =
        [
            new("picked_up", Contracts.ParcelStatuses.PickedUp, string.Format(Texts.PickedUp, FromCity, carrierName), PickUpUtc),
            new("departed", Contracts.ParcelStatuses.InTransit, string.Format(Texts.Departed, FromCity, ToCity), InTransitUtc),
            new("arrived", Contracts.ParcelStatuses.InTransit, string.Format(Texts.Arrived, ToCity), arrival),
            new("delivered", Contracts.ParcelStatuses.Delivered, string.Format(Texts.Delivered, carrierName), DeliverUtc),
        ];
        return all.Where(e => e.OccurredUtc <= nowUtc).ToList();
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    /// What the carrier writes; stored as the carrier's words, shown as they are.
    private static class Texts
    {
        public const string PickedUp = "【{0}】{1}快递员已揽收";
        public const string Departed = "快件已从【{0}转运中心】发出，发往【{1}】";
        public const string Arrived = "快件已到达【{0}转运中心】，正在派送";
        public const string Delivered = "快件已签收，感谢使用{0}";
    }
}
