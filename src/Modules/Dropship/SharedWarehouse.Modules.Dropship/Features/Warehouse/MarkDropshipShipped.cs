using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

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
