using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Resolve;

public sealed record ClosedOrder(IReadOnlyList<string> Reservations, IReadOnlyList<string> Holds);

public sealed record MarkDropshipOrderClosed(Guid? ShopId, Guid OrderId, string Reason) : ICommand<ClosedOrder>;

internal sealed class MarkDropshipOrderClosedHandler(DropshipDbContext db) : IRequestHandler<MarkDropshipOrderClosed, Result<ClosedOrder>>
{
    public async Task<Result<ClosedOrder>> Handle(MarkDropshipOrderClosed c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines)
            .FirstOrDefaultAsync(o => o.Id == c.OrderId && (c.ShopId == null || o.ShopId == c.ShopId), ct);
        if (order is null) return Error.NotFound();
        // Every reservation the order ever made (a repeated close lists them again: releasing twice is harmless).
        var reservations = order.Lines.Where(l => l.ReservationReference is not null).Select(l => l.ReservationReference!).ToList();
        var taken = order.Lines.Where(l => l.ReturnCaseId is not null && l.Status == LineStatus.Received).Select(l => l.ReturnCaseId!.Value).ToList();
        var closed = order.Close(c.Reason, db.Now());
        if (closed.IsFailure) return Result<ClosedOrder>.Failure(closed.Errors);
        await db.Tasks.Where(t => t.OrderId == order.Id && (t.Status == PickupTaskStatus.Open || t.Status == PickupTaskStatus.Scheduled))
            .ForEachAsync(t => t.Cancel(), ct);
        foreach (var item in await db.Returns.Where(r => taken.Contains(r.Id)).ToListAsync(ct)) item.BackInStock();
        // Every hold version this order may have placed (a replaced one may survive a crash); unknown ones are not found.
        var holds = Enumerable.Range(0, order.HoldVersion + 1).Select(v => $"{order.Id}:{v}").ToList();
        return new ClosedOrder(reservations, holds);
    }
}
