using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

/// The outside shop reports the buyer's return waybill for an order, so the parcel is found when it is scanned.
public sealed record ExpectReturn(Guid ShopId, string? ExternalOrderId, string? ReturnWaybill) : ICommand;

internal sealed class ExpectReturnHandler(DropshipDbContext db) : IRequestHandler<ExpectReturn, Result>
{
    public async Task<Result> Handle(ExpectReturn c, CancellationToken ct)
    {
        var id = c.ExternalOrderId?.Trim() ?? "";
        var order = await db.Orders.FirstOrDefaultAsync(o => o.ShopId == c.ShopId && o.ExternalOrderId == id, ct);
        if (order is null) return Error.Validation("ExternalOrderId", "找不到该外部订单");
        return order.ExpectReturn(c.ReturnWaybill ?? "");
    }
}
