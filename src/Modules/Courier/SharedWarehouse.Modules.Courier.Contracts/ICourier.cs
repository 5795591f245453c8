using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Contracts;

/// A sender or receiver on a waybill: mainland mobile, province/city/district code, street address.
public sealed record ParcelParty(string Name, string Phone, string RegionCode, string Address);

/// Reference is the caller's own idempotency key (e.g. "dropship:{orderId}"): asking again with the same
/// reference returns the waybill already issued. ShopId is the merchant the parcel is shipped for. CarrierCode
/// picks one of ICourier.Carriers (null: the first, the platform's default carrier).
public sealed record WaybillRequest(string Reference, Guid ShopId, ParcelParty Sender, ParcelParty Receiver,
    string Contents, int Pieces, string? OrderNumber = null, string? CarrierCode = null);

/// An express company that electronic waybills can be booked with (and whose numbers merchants type in).
public sealed record CarrierInfo(string Code, string Name);

public sealed record Waybill(string Reference, Guid ShopId, string CarrierCode, string CarrierName, string TrackingNumber,
    string? OrderNumber, DateTime CreatedUtc);

public sealed record TrackingEvent(string TrackingNumber, string Status, string Description, DateTime OccurredUtc);

public static class ParcelStatuses
{
    public const string Created = "created";
    public const string PickedUp = "picked_up";
    public const string InTransit = "in_transit";
    public const string Delivered = "delivered";
}

/// A courier (a built-in simulator here; a real carrier's API plugs in by configuration): issues waybill
/// numbers, prints waybills through the label print queue and reports tracking events.
public interface ICourier
{
    /// The carriers waybills can be booked with, the default first. Names are Chinese keys, translated where shown.
    IReadOnlyList<CarrierInfo> Carriers { get; }

    /// The carrier with this code (ignoring case), or null.
    CarrierInfo? FindCarrier(string? code) => Carriers.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// Issues (or returns the already issued) waybill for the reference.
    Task<Result<Waybill>> CreateWaybillAsync(WaybillRequest request, CancellationToken ct);

    /// Queues the waybill for printing on the chosen printer (ESC/POS); one job per waybill and printer choice,
    /// so retries do not print twice. Returns the print job id (see ILabelPrinting.FindJobAsync).
    Task<Result<Guid>> PrintWaybillAsync(string trackingNumber, PrinterChoice printer, CancellationToken ct);

    /// The waybill with this tracking number, or null.
    Task<Waybill?> FindAsync(string trackingNumber, CancellationToken ct);

    /// Its tracking events, oldest first (empty for an unknown number).
    Task<IReadOnlyList<TrackingEvent>> TrackingAsync(string trackingNumber, CancellationToken ct);
}

/// A parcel moved (picked up, in transit, delivered). Published once per tracking event.
public sealed record ParcelStatusChanged(Guid EventId, string Reference, Guid ShopId, string TrackingNumber, string Status,
    DateTime OccurredUtc) : IIntegrationEvent;
