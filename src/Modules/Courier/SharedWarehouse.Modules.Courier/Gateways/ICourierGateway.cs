using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Gateways;

/// The seam for carriers. The built-in simulator implements it; a real carrier's API (SF, ZTO, YTO, …) plugs in
/// by configuration (Courier:Provider). Calls run inside the caller's unit of work, so a gateway that keeps local
/// state (the simulator) saves it with the waybill.
public interface ICourierGateway
{
    /// The carriers this gateway books with, the default first (aggregators such as Cainiao's e-waybill service
    /// book with several).
    IReadOnlyList<CarrierInfo> Carriers { get; }

    /// Books a shipment and answers its tracking number. Idempotent per reference at the carrier (real carrier APIs
    /// take the merchant's order id for this): booking the same reference again answers the same number.
    Task<Result<BookedShipment>> CreateShipmentAsync(ShipmentOrder order, CancellationToken ct);

    /// Every event the carrier has for the number so far, in any order (carriers answer the whole history; the
    /// waybill keeps what is new). Empty for a number the carrier does not know.
    Task<IReadOnlyList<CarrierEvent>> TrackAsync(string trackingNumber, CancellationToken ct);
}

public sealed record ShipmentOrder(string Reference, CarrierInfo Carrier, ParcelParty Sender, ParcelParty Receiver, string Contents, int Pieces);
