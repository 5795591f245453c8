using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

public sealed record ScanOutResult(string OrderNumber, int? Slot, string CarrierName, string TrackingNumber, Guid? PrintJobId, string? PrintError);

/// Shipping: the clerk scans any label of the order (or its number); when every item is in hand the courier issues
/// the waybill, it prints on the station's printer, and the order is shipped (warehouse stock deducted, the wallet
/// hold settled at the real cost, the tracking number queued for the outside shop). Each step is idempotent: the
/// waybill by the order's reference, the print job by the waybill, shipment and settlement by the order's state.
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

public sealed record ShipPlan(Guid OrderId, Guid ShopId, string OrderNumber, int? Slot, ParcelParty Sender, ParcelParty Receiver, string Contents, int Pieces);

public sealed record GetShipPlan(Guid Scope, string? Code) : IQuery<Result<ShipPlan>>;

internal sealed class GetShipPlanHandler(DropshipDbContext db, DropshipOptions options) : IRequestHandler<GetShipPlan, Result<ShipPlan>>
{
    public async Task<Result<ShipPlan>> Handle(GetShipPlan q, CancellationToken ct)
    {
        var code = q.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0) return Error.Validation("Code", "请扫描标签或订单号");
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Scope == q.Scope && (o.Number == code || o.Lines.Any(l => l.LabelId == code)), ct);
        if (order is null) return Error.Validation("Code", "找不到 {0} 对应的代发订单", code);
        if (order.Status == DropshipOrderStatus.Closed) return Error.Validation("Code", "订单 {0} 已关闭", order.Number);
        if (order.Status != DropshipOrderStatus.ReadyToShip && order.Status != DropshipOrderStatus.Shipped)
        {
            var open = order.Lines.Where(l => l.Status != LineStatus.Closed).ToList();
            return Error.Validation("Code", "订单 {0} 还有 {1} 件未到齐，不能发货", order.Number, open.Count(l => !l.InHand));
        }
        ParcelParty sender;
        if (order.Mode == DropshipMode.Platform)
            sender = new ParcelParty(options.PlatformSenderName, options.PlatformSenderPhone, options.PlatformSenderRegionCode, options.PlatformSenderAddress);
        else
        {
            var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ShopId == order.ShopId, ct);
            if (account is null || !account.HasSender) return Error.Validation("Code", "请先在代发设置中填写寄件人信息");
            sender = new ParcelParty(account.SenderName, account.SenderPhone, account.SenderRegionCode, account.SenderAddress);
        }
        var lines = order.Lines.Where(l => l.Status != LineStatus.Closed).ToList();
        var contents = string.Join("；", lines.Select(l => $"{l.Title} {l.Colour} {l.Size} ×{l.Quantity}".Replace("  ", " ")));
        return new ShipPlan(order.Id, order.ShopId, order.Number, order.Slot,
            sender, new ParcelParty(order.ReceiverName, order.ReceiverPhone, order.ReceiverRegionCode, order.ReceiverAddress),
            contents.Length > 200 ? contents[..200] : contents, lines.Sum(l => l.Quantity));
    }
}

public sealed record MarkDropshipShipped(Guid OrderId, string CarrierName, string TrackingNumber) : ICommand;

internal sealed class MarkDropshipShippedHandler(DropshipDbContext db) : IRequestHandler<MarkDropshipShipped, Result>
{
    public async Task<Result> Handle(MarkDropshipShipped c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        if (order.Status == DropshipOrderStatus.Shipped) return Result.Success();
        var fromStock = order.Lines.Where(l => l.Status == LineStatus.Reserved && l.ReservationReference is not null).ToList();
        var shipped = order.Ship(c.CarrierName, c.TrackingNumber, db.Now());
        if (shipped.IsFailure) return shipped;
        // Stock leaves on-hand and reserved together in Inventory, once per event (its inbox).
        foreach (var line in fromStock) db.Publish(new StockShipRequested(Guid.CreateVersion7(), line.ReservationReference!, line.Quantity));
        return Result.Success();
    }
}

/// Platform dropship: debits the real cost (goods as paid at the stalls, commission, shipping) against the hold.
/// Repeatable; a failure (the real cost above the hold and too little balance for the difference) is retried by the sweep.
public sealed record SettleDropshipOrder(Guid OrderId) : IProcess<bool>;

internal sealed class SettleDropshipOrderHandler(ISender sender, DropshipDbContext db, IWallet wallet, DropshipOptions options,
    ILogger<SettleDropshipOrderHandler> log) : IRequestHandler<SettleDropshipOrder, Result<bool>>
{
    public async Task<Result<bool>> Handle(SettleDropshipOrder c, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        if (order.Mode != DropshipMode.Platform || order.Status != DropshipOrderStatus.Shipped || order.SettledFen is not null) return false;
        var amount = order.ComputeSettlement(options.Fees);
        var settled = await wallet.SettleHoldAsync(new WalletDocument(DropshipDocuments.Order, order.HoldDocumentId), amount, ct);
        if (settled.IsFailure)
        {
            log.LogWarning("Dropship order {Number}: settlement of {AmountFen} fen failed ({Error}); the sweep retries", order.Number, amount,
                settled.Errors[0].Message);
            return Result<bool>.Failure(settled.Errors);
        }
        var recorded = await sender.Send(new RecordSettlement(order.Id, amount), ct);
        return recorded.IsFailure ? Result<bool>.Failure(recorded.Errors) : true;
    }
}

public sealed record RecordSettlement(Guid OrderId, long AmountFen) : ICommand;

internal sealed class RecordSettlementHandler(DropshipDbContext db) : IRequestHandler<RecordSettlement, Result>
{
    public async Task<Result> Handle(RecordSettlement c, CancellationToken ct)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        order.Settled(c.AmountFen);
        return Result.Success();
    }
}
