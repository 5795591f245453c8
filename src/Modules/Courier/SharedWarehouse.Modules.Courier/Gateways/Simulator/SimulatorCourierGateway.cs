using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Courier.Features;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Gateways.Simulator;

/// The built-in carrier: shipments live in the courier schema and are saved with the waybill; tracking numbers
/// are unique (unique index, re-drawn on a clash) and idempotent per reference like a real carrier's order id.
internal sealed class SimulatorCourierGateway(CourierDbContext db, CourierOptions options, IRegionCatalog regions, TimeProvider time) : ICourierGateway
{
    private SimulatorCourierOptions Settings => options.Simulator;

    public string CarrierCode => Settings.CarrierCode;
    public string CarrierName => Settings.CarrierName;

    public async Task<Result<BookedShipment>> CreateShipmentAsync(ShipmentOrder order, CancellationToken ct)
    {
        var existing = await db.SimulatedShipments.AsNoTracking().Where(s => s.Reference == order.Reference).Select(s => s.TrackingNumber).FirstOrDefaultAsync(ct);
        if (existing is not null) return new BookedShipment(CarrierCode, CarrierName, existing);
        var number = SimulatorTrackingNumber.New(CarrierCode);
        while (await db.SimulatedShipments.AnyAsync(s => s.TrackingNumber == number, ct)) number = SimulatorTrackingNumber.New(CarrierCode);
        var from = RegionNames.City(regions, order.Sender.RegionCode);
        var to = RegionNames.City(regions, order.Receiver.RegionCode);
        db.SimulatedShipments.Add(SimulatedShipment.Book(order.Reference, number, from, to, Settings, time.GetUtcNow().UtcDateTime));
        return new BookedShipment(CarrierCode, CarrierName, number);
    }

    public async Task<IReadOnlyList<CarrierEvent>> TrackAsync(string trackingNumber, CancellationToken ct)
    {
        var shipment = await db.SimulatedShipments.AsNoTracking().FirstOrDefaultAsync(s => s.TrackingNumber == trackingNumber, ct);
        return shipment is null ? [] : shipment.History(CarrierName, time.GetUtcNow().UtcDateTime);
    }
}
