using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

public sealed record ShipPlan(Guid OrderId, Guid ShopId, string OrderNumber, int? Slot, ParcelParty Sender, ParcelParty Receiver, string Contents, int Pieces);

public sealed record GetShipPlan(Guid Scope, string? Code) : IQuery<Result<ShipPlan>>;

/// The order a scanned label, order or tracking number names, ready to ship. A shipped order is not shipped again: the
/// answer says when it left and under which waybill; a return waybill or label says what it is and where it belongs.
internal sealed class GetShipPlanHandler(DropshipDbContext db, DropshipOptions options, DisplayTime display) : IRequestHandler<GetShipPlan, Result<ShipPlan>>
{
    public async Task<Result<ShipPlan>> Handle(GetShipPlan q, CancellationToken ct)
    {
        var code = ScanCode.Normalize(q.Code);
        if (code.Length == 0) return Error.Validation("Code", "请扫描标签或订单号");
        var found = await CodeLookup.IdentifyAsync(db, q.Scope, code, ct);
        if (found.OrderId is not { } orderId) return Error.Validation("Code", "找不到 {0} 对应的代发订单", code);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery().FirstAsync(o => o.Id == orderId, ct);
        if (found.Kind == CodeKind.ReturnWaybill) return DeskAnswers.ReturnWaybill(order.Number);
        if (found.Kind == CodeKind.ReturnLabel) return DeskAnswers.ReturnLabel(order.Number);
        if (found.Kind == CodeKind.OldLabel) return DeskAnswers.OldLabel(code, order.Number);
        if (order.Status == DropshipOrderStatus.Closed) return DeskAnswers.Closed(order.Number);
        if (order.Status == DropshipOrderStatus.Shipped) return DeskAnswers.Shipped(order, display);
        if (order.Status != DropshipOrderStatus.ReadyToShip)
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
