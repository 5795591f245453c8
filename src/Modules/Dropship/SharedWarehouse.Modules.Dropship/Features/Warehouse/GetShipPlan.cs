using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

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
