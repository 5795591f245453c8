using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

/// The buyer asks to return one consignment line of its own shipped or received order (ADR 9).
public sealed record RequestConsignmentReturn(Guid BuyerId, Guid OrderId, Guid? LineId, string? Reason) : ICommand<Guid>;

internal sealed class RequestConsignmentReturnHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<RequestConsignmentReturn, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(RequestConsignmentReturn c, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines)
            .FirstOrDefaultAsync(o => o.Id == c.OrderId && o.BuyerId == c.BuyerId && o.Source == OrderSource.Online, ct);
        if (order is null) return Error.NotFound();
        if (c.LineId is not { } lineId) return Error.Validation("LineId", "请选择要退货的商品");
        if (await db.ConsignmentReturns.AnyAsync(r => r.ResellerLineId == lineId, ct)) return Error.Validation("LineId", "该商品已申请过退货");
        var sub = order.SubOrders.FirstOrDefault(s => s.Lines.Any(l => l.Id == lineId));
        if (sub is null) return Error.NotFound();
        var purchase = (await ConsignmentPurchases.PurchasesOfAsync(db, [sub.Id], ct))
            .FirstOrDefault(p => p.SubOrders.Single().Lines.Any(l => l.ConsignedLineId == lineId));
        if (purchase is null) return Error.Validation("LineId", "只有代销商品可以在这里申请退货");
        var requested = ConsignmentReturn.Request(order, lineId, purchase, c.Reason, time.GetUtcNow().UtcDateTime);
        if (requested.IsFailure) return Result<Guid>.Failure(requested.Errors);
        db.ConsignmentReturns.Add(requested.Value);
        return requested.Value.Id;
    }
}
