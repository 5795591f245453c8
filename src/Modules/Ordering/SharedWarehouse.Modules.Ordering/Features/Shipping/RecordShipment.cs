using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Shipping;

/// Records a parcel of the shop's sub-order under its waybill (ShipSubOrder books it when the merchant left the
/// number blank). The shipped quantities leave Inventory through StockShipRequested, committed with the shipment.
public sealed record RecordShipment(Guid UserId, Guid SubOrderId, string CarrierCode, string TrackingNumber, IReadOnlyDictionary<Guid, int> Quantities)
    : ICommand<string>;

internal sealed class RecordShipmentHandler(OrderingDbContext db, IShopAccess shops, ICourier courier, TimeProvider time)
    : IRequestHandler<RecordShipment, Result<string>>
{
    public async Task<Result<string>> Handle(RecordShipment c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        if (courier.FindCarrier(c.CarrierCode) is not { } carrier) return Error.Validation("Carrier", "请选择快递公司");
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments)
            .FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == c.SubOrderId && s.ShopId == shop.ShopId), ct);
        if (order is null) return Error.NotFound();
        var tracking = c.TrackingNumber;
        var now = time.GetUtcNow().UtcDateTime;
        var shipped = order.Ship(c.SubOrderId, shop.ShopId, c.UserId, c.Quantities, carrier.Code, tracking, now);
        if (shipped.IsFailure) return Result<string>.Failure(shipped.Errors);
        var lines = order.SubOrders.Single(s => s.Id == c.SubOrderId).Lines.ToDictionary(l => l.Id);
        foreach (var part in shipped.Value.Lines)
            db.Publish(new StockShipRequested(Guid.CreateVersion7(), lines[part.OrderLineId].ReservationToShip, part.Quantity));
        var buyerOrder = order;
        if (order.IsConsignmentPurchase)
        {
            // The supplier shipped to the reseller's buyer: the reseller's sub-order ships the same goods, same waybill, same transaction.
            buyerOrder = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments)
                .FirstAsync(o => o.SubOrders.Any(s => s.Id == order.ConsignedFromSubOrderId), ct);
            var quantities = shipped.Value.Lines.ToDictionary(p => lines[p.OrderLineId].ConsignedLineId!.Value, p => p.Quantity);
            var synced = buyerOrder.ShipConsigned(order.ConsignedFromSubOrderId!.Value, c.UserId, quantities, carrier.Code, tracking, now);
            if (synced.IsFailure) return Result<string>.Failure(synced.Errors);
        }
        // A keyed order's buyer has no account to notify.
        if (buyerOrder.Source == Domain.OrderSource.Online)
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), buyerOrder.BuyerId, "订单已发货", "订单 {0} 已由 {1} 发出，运单号 {2}",
            [buyerOrder.Number, carrier.Name, tracking], $"/orders/{buyerOrder.Id}"));
        return tracking;
    }
}
