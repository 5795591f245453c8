using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Courier.Features;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Gateways.Simulator;

/// The built-in carrier: shipments live in the courier schema and are saved with the waybill; tracking numbers
/// are unique (unique index, re-drawn on a clash) and idempotent per reference like a real carrier's order id.
internal sealed class SimulatorCourierGateway(CourierDbContext db, CourierOptions options, IRegionCatalog regions, TimeProvider time) : ICourierGateway
{
    /// Besides its own configured carrier, the simulator books with the big express companies, as an e-waybill
    /// aggregator does; tracking numbers start with the carrier's code, which is how a number finds its carrier.
    private static readonly CarrierInfo[] Aggregated =
        [new("SF", "顺丰速运"), new("ZTO", "中通快递"), new("YTO", "圆通速递"), new("YD", "韵达快递"), new("JD", "京东物流"), new("EMS", "中国邮政EMS")];

    private SimulatorCourierOptions Settings => options.Simulator;

    public IReadOnlyList<CarrierInfo> Carriers =>
        [new(Settings.CarrierCode, Settings.CarrierName), .. Aggregated.Where(c => c.Code != Settings.CarrierCode)];

    public async Task<Result<BookedShipment>> CreateShipmentAsync(ShipmentOrder order, CancellationToken ct)
    {
        var carrier = order.Carrier;
        var existing = await db.SimulatedShipments.AsNoTracking().Where(s => s.Reference == order.Reference).Select(s => s.TrackingNumber).FirstOrDefaultAsync(ct);
        if (existing is not null) return new BookedShipment(CarrierOf(existing).Code, CarrierOf(existing).Name, existing);
        var number = SimulatorTrackingNumber.New(carrier.Code);
        while (await db.SimulatedShipments.AnyAsync(s => s.TrackingNumber == number, ct)) number = SimulatorTrackingNumber.New(carrier.Code);
        var from = RegionNames.City(regions, order.Sender.RegionCode);
        var to = RegionNames.City(regions, order.Receiver.RegionCode);
        db.SimulatedShipments.Add(SimulatedShipment.Book(order.Reference, number, from, to, Settings, time.GetUtcNow().UtcDateTime));
        return new BookedShipment(carrier.Code, carrier.Name, number);
    }

    public async Task<IReadOnlyList<CarrierEvent>> TrackAsync(string trackingNumber, CancellationToken ct)
    {
        var shipment = await db.SimulatedShipments.AsNoTracking().FirstOrDefaultAsync(s => s.TrackingNumber == trackingNumber, ct);
        return shipment is null ? [] : shipment.History(CarrierOf(trackingNumber).Name, time.GetUtcNow().UtcDateTime);
    }

    /// The carrier whose code (the longest that fits) starts the number, digits after it.
    private CarrierInfo CarrierOf(string trackingNumber) =>
        Carriers.Where(c => trackingNumber.StartsWith(c.Code, StringComparison.Ordinal) && trackingNumber[c.Code.Length..].All(char.IsAsciiDigit))
            .OrderByDescending(c => c.Code.Length).FirstOrDefault() ?? Carriers[0];
}
