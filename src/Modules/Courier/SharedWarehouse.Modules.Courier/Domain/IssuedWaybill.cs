using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Courier.Domain;

/// A waybill the carrier issued for one caller reference, with the tracking events recorded for it so far.
/// Status is the status of the latest event; the parcel is polled for news (NextPollUtc) until delivered.
public sealed class IssuedWaybill : AggregateRoot
{
    public const int MaxReferenceLength = 80, MaxContentsLength = 60, MaxOrderNumberLength = 40, MaxPieces = 999;

    private readonly List<TrackingRecord> _events = [];

    private IssuedWaybill() { }

    public string Reference { get; private init; } = "";
    public Guid ShopId { get; private init; }
    public string CarrierCode { get; private init; } = "";
    public string CarrierName { get; private init; } = "";
    public string TrackingNumber { get; private init; } = "";
    public string? OrderNumber { get; private init; }
    public ParcelParty Sender { get; private init; } = null!;
    public ParcelParty Receiver { get; private init; } = null!;
    public string Contents { get; private init; } = "";
    public int Pieces { get; private init; }
    public string Status { get; private set; } = ParcelStatuses.Created;
    public DateTime CreatedUtc { get; private init; }
    public DateTime LastEventUtc { get; private set; }
    /// Null once delivered: nothing more to ask the carrier.
    public DateTime? NextPollUtc { get; private set; }
    public IReadOnlyList<TrackingRecord> Events => _events;

    /// The waybill as booked, with our own first event ("created"); carrier scans follow through Record.
    public static IssuedWaybill Issue(WaybillRequest request, BookedShipment booked, DateTime nowUtc)
    {
        var waybill = new IssuedWaybill
        {
            Reference = request.Reference.Trim(), ShopId = request.ShopId, CarrierCode = booked.CarrierCode, CarrierName = booked.CarrierName,
            TrackingNumber = ScanCode.Normalize(booked.TrackingNumber), OrderNumber = string.IsNullOrWhiteSpace(request.OrderNumber) ? null : request.OrderNumber.Trim(),
            Sender = Tidy(request.Sender), Receiver = Tidy(request.Receiver), Contents = request.Contents.Trim(), Pieces = request.Pieces,
            CreatedUtc = nowUtc, LastEventUtc = nowUtc, NextPollUtc = nowUtc,
        };
        waybill._events.Add(TrackingRecord.Of(waybill.Id, new CarrierEvent(ParcelStatuses.Created, ParcelStatuses.Created, "运单已生成，等待快递员揽收",
            nowUtc), nowUtc));
        return waybill;
    }

    /// Keeps the reported events not recorded before (carriers answer their whole history every time) and answers
    /// those, oldest first: each is one ParcelStatusChanged. Unknown statuses are ignored rather than guessed.
    public IReadOnlyList<TrackingRecord> Record(IEnumerable<CarrierEvent> reported, DateTime nowUtc, TimeSpan pollInterval)
    {
        var added = new List<TrackingRecord>();
        foreach (var e in reported.OrderBy(e => e.OccurredUtc).ThenBy(e => ParcelProgress.Rank(e.Status)))
        {
            if (!ParcelProgress.IsKnown(e.Status) || _events.Any(x => x.EventKey == e.EventKey) || added.Any(x => x.EventKey == e.EventKey)) continue;
            added.Add(TrackingRecord.Of(Id, e, nowUtc));
        }
        _events.AddRange(added);
        var latest = _events.OrderBy(x => x.OccurredUtc).ThenBy(x => ParcelProgress.Rank(x.Status)).Last();
        Status = _events.Any(x => x.Status == ParcelStatuses.Delivered) ? ParcelStatuses.Delivered : latest.Status;
        LastEventUtc = latest.OccurredUtc;
        NextPollUtc = Status == ParcelStatuses.Delivered ? null : nowUtc + pollInterval;
        return added;
    }

    private static ParcelParty Tidy(ParcelParty p) => new(p.Name.Trim(), RecipientPhone.Normalize(p.Phone), p.RegionCode.Trim(), p.Address.Trim());
}

/// One tracking event as recorded; EventKey is the carrier's identity of the event (unique per waybill), so an
/// event reported again is recognised and never published twice.
public sealed class TrackingRecord : Entity
{
    public const int MaxKeyLength = 80, MaxDescriptionLength = 200;

    private TrackingRecord() { }

    public Guid WaybillId { get; private init; }
    public string EventKey { get; private init; } = "";
    public string Status { get; private init; } = "";
    public string Description { get; private init; } = "";
    public DateTime OccurredUtc { get; private init; }
    public DateTime RecordedUtc { get; private init; }

    internal static TrackingRecord Of(Guid waybillId, CarrierEvent e, DateTime nowUtc) => new()
    {
        WaybillId = waybillId, EventKey = Cut(e.EventKey, MaxKeyLength), Status = e.Status, Description = Cut(e.Description, MaxDescriptionLength),
        OccurredUtc = e.OccurredUtc, RecordedUtc = nowUtc,
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

/// What a carrier reports about a parcel: its own key for the event, one of ParcelStatuses, its text and time.
public sealed record CarrierEvent(string EventKey, string Status, string Description, DateTime OccurredUtc);

/// What the carrier answers when a shipment is booked.
public sealed record BookedShipment(string CarrierCode, string CarrierName, string TrackingNumber);

/// The order of the statuses a parcel goes through.
public static class ParcelProgress
{
    public static readonly IReadOnlyList<string> Order = [ParcelStatuses.Created, ParcelStatuses.PickedUp, ParcelStatuses.InTransit, ParcelStatuses.Delivered];

    public static bool IsKnown(string status) => Order.Contains(status);

    public static int Rank(string status) => Order.ToList().IndexOf(status);
}
