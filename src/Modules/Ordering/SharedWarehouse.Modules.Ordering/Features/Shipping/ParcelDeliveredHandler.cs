using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Shipping;

/// The carrier delivered a parcel of a storefront order (one booked by ShipSubOrder, reference "order:{subOrderId}:{n}"):
/// the buyer is told in the inbox and reminded to confirm receipt. The Courier module publishes one event per
/// tracking record, so a repeated poll does not repeat the message; other modules' parcels are not Ordering's.
internal sealed class ParcelDeliveredHandler(OrderingDbContext db) : IIntegrationEventHandler<ParcelStatusChanged>
{
    public const string ReferencePrefix = "order:";

    public static string Reference(Guid subOrderId, int parcel) => $"{ReferencePrefix}{subOrderId:N}:{parcel}";

    public async Task Handle(ParcelStatusChanged e, CancellationToken ct)
    {
        if (e.Status != ParcelStatuses.Delivered || !e.Reference.StartsWith(ReferencePrefix, StringComparison.Ordinal)) return;
        if (!Guid.TryParseExact(e.Reference.Split(':')[1], "N", out var subOrderId)) return;
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == subOrderId), ct);
        // A consignment purchase ships to the reseller's buyer: that buyer's order is the one to tell.
        if (order is { ConsignedFromSubOrderId: { } buyerSubOrder })
            order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == buyerSubOrder), ct);
        if (order is not { Source: OrderSource.Online }) return; // a keyed order's buyer has no account
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), order.BuyerId, "包裹已签收",
            "订单 {0} 的包裹（运单号 {1}）已签收，请确认收货", [order.Number, e.TrackingNumber], $"/orders/{order.Id}"));
    }
}
