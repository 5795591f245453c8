using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Shipping;

/// The merchant ships (part of) one of its sub-orders. A blank tracking number asks the courier for an electronic
/// waybill. The shipped quantities leave Inventory through StockShipRequested, committed with the shipment.
public sealed record ShipSubOrder(Guid UserId, Guid SubOrderId, string? Carrier, string? TrackingNumber, IReadOnlyDictionary<Guid, int> Quantities) : ICommand<string>;

internal sealed class ShipSubOrderValidator : AbstractValidator<ShipSubOrder>
{
    public ShipSubOrderValidator(ICourierGateway courier)
    {
        RuleFor(c => c.Carrier).Must(c => courier.Carriers.Any(x => x.Code == c)).WithText("请选择快递公司");
        RuleFor(c => c.TrackingNumber).Matches("^[A-Za-z0-9]{8,30}$").When(c => !string.IsNullOrWhiteSpace(c.TrackingNumber))
            .WithText("运单号应为 8 到 30 位字母或数字");
    }
}

internal sealed class ShipSubOrderHandler(OrderingDbContext db, IMerchantDirectory merchants, ICourierGateway courier, TimeProvider time)
    : IRequestHandler<ShipSubOrder, Result<string>>
{
    public async Task<Result<string>> Handle(ShipSubOrder c, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments)
            .FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == c.SubOrderId && s.ShopId == shop.ShopId), ct);
        if (order is null) return Error.NotFound();
        var tracking = string.IsNullOrWhiteSpace(c.TrackingNumber) ? courier.IssueWaybill(c.Carrier!) : c.TrackingNumber.Trim().ToUpperInvariant();
        var shipped = order.Ship(c.SubOrderId, shop.ShopId, c.UserId, c.Quantities, c.Carrier!, tracking, time.GetUtcNow().UtcDateTime);
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
            var synced = buyerOrder.ShipConsigned(order.ConsignedFromSubOrderId!.Value, c.UserId, quantities, c.Carrier!, tracking, time.GetUtcNow().UtcDateTime);
            if (synced.IsFailure) return Result<string>.Failure(synced.Errors);
        }
        var carrierName = courier.Carriers.First(x => x.Code == c.Carrier).Name;
        // A keyed order's buyer has no account to notify.
        if (buyerOrder.Source == Domain.OrderSource.Online)
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), buyerOrder.BuyerId, "订单已发货", "订单 {0} 已由 {1} 发出，运单号 {2}",
            [buyerOrder.Number, carrierName, tracking], $"/orders/{buyerOrder.Id}"));
        return tracking;
    }
}
