using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Features;

internal sealed class CourierFacade(ISender sender, Gateways.ICourierGateway gateway) : ICourier
{
    public IReadOnlyList<CarrierInfo> Carriers => gateway.Carriers;

    public async Task<Result<Waybill>> CreateWaybillAsync(WaybillRequest request, CancellationToken ct)
    {
        var result = await sender.Send(new CreateWaybill(request), ct);
        // Two calls with one reference at the same moment: the unique reference lets one insert win; the other
        // rolled back and, asking again, is answered with that waybill.
        if (result.IsFailure && result.Errors.Any(e => e.Code == "conflict"))
            result = await sender.Send(new CreateWaybill(request), ct);
        return result;
    }

    public Task<Result<Guid>> PrintWaybillAsync(string trackingNumber, PrinterChoice printer, CancellationToken ct) =>
        sender.Send(new PrintWaybill(trackingNumber, printer, RequestedBy: null, ReprintId: null), ct);

    public Task<Waybill?> FindAsync(string trackingNumber, CancellationToken ct) => sender.Send(new FindWaybill(trackingNumber), ct);

    public Task<IReadOnlyList<TrackingEvent>> TrackingAsync(string trackingNumber, CancellationToken ct) => sender.Send(new GetTracking(trackingNumber), ct);
}
