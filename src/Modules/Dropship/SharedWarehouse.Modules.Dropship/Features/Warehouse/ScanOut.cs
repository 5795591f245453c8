using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

public sealed record ScanOutResult(string OrderNumber, int? Slot, string CarrierName, string TrackingNumber, Guid? PrintJobId, string? PrintError);

/// Shipping: the clerk scans any label of the order (or its number); when every item is in hand the courier issues
/// the waybill, it prints on the station's printer, and the order is shipped (warehouse stock deducted, the wallet
/// hold settled at the real cost, the tracking number queued for the outside shop). Each step is idempotent: the
/// waybill by the order's reference, the print job by the waybill, shipment and settlement by the order's state; a scan
/// after a crash between the steps continues. An order already shipped is not shipped again: the answer says when.
public sealed record ScanOut(Guid Scope, string? Code, string? Station) : IProcess<ScanOutResult>;

internal sealed class ScanOutHandler(ISender sender, ICourier courier, DropshipOptions options)
    : IRequestHandler<ScanOut, Result<ScanOutResult>>
{
    public async Task<Result<ScanOutResult>> Handle(ScanOut c, CancellationToken ct)
    {
        var plan = await sender.Send(new GetShipPlan(c.Scope, c.Code), ct);
        if (plan.IsFailure) return Result<ScanOutResult>.Failure(plan.Errors);
        var p = plan.Value;
        var waybill = await courier.CreateWaybillAsync(new WaybillRequest($"dropship:{p.OrderId:N}", p.ShopId, p.Sender, p.Receiver, p.Contents,
            p.Pieces, p.OrderNumber), ct);
        if (waybill.IsFailure) return Error.Validation("Code", "快递下单失败：{0}", waybill.Errors[0].Message);
        var station = string.IsNullOrWhiteSpace(c.Station) ? options.DefaultStation : c.Station.Trim();
        var printed = await courier.PrintWaybillAsync(waybill.Value.TrackingNumber, new PrinterChoice(Station: station), ct);
        var shipped = await sender.Send(new MarkDropshipShipped(p.OrderId, waybill.Value.CarrierName, waybill.Value.TrackingNumber), ct);
        if (shipped.IsFailure) return Result<ScanOutResult>.Failure(shipped.Errors);
        await sender.Send(new SettleDropshipOrder(p.OrderId), ct); // a failure is logged there and retried by the sweep
        return new ScanOutResult(p.OrderNumber, p.Slot, waybill.Value.CarrierName, waybill.Value.TrackingNumber,
            printed.IsSuccess ? printed.Value : null, printed.IsFailure ? printed.Errors[0].Message : null);
    }
}
