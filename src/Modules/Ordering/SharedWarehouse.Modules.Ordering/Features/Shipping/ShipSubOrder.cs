using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Shipping;

/// The merchant ships (part of) one of its sub-orders. A blank tracking number books an electronic waybill with the
/// chosen carrier through the Courier module, which then tracks the parcel; a typed number is the merchant's own
/// waybill. A process: the waybill is booked before the shipment is recorded (RecordShipment), never inside its
/// transaction, and booking is idempotent per sub-order and parcel, so a retry after a failure gets the same waybill.
public sealed record ShipSubOrder(Guid UserId, Guid SubOrderId, string? Carrier, string? TrackingNumber, IReadOnlyDictionary<Guid, int> Quantities)
    : IProcess<string>;

internal sealed class ShipSubOrderValidator : AbstractValidator<ShipSubOrder>
{
    public ShipSubOrderValidator(ICourier courier)
    {
        RuleFor(c => c.Carrier).Must(c => courier.FindCarrier(c) is not null).WithText("请选择快递公司");
        // As scanned or pasted: "sf 1234 5678 9012" is the number SF123456789012.
        RuleFor(c => ScanCode.Normalize(c.TrackingNumber)).Matches("^[A-Z0-9]{8,30}$").When(c => !string.IsNullOrWhiteSpace(c.TrackingNumber))
            .OverridePropertyName(nameof(ShipSubOrder.TrackingNumber))
            .WithText("运单号应为 8 到 30 位字母或数字");
    }
}

internal sealed class ShipSubOrderHandler(OrderingDbContext db, IShopAccess shops, ICourier courier, IOptions<OrderingOptions> options, ISender sender)
    : IRequestHandler<ShipSubOrder, Result<string>>
{
    public async Task<Result<string>> Handle(ShipSubOrder c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var carrier = courier.FindCarrier(c.Carrier)!;
        var tracking = ScanCode.Normalize(c.TrackingNumber);
        if (string.IsNullOrEmpty(tracking))
        {
            var waybill = await BookWaybillAsync(c, shop.ShopId, carrier, ct);
            if (waybill.IsFailure) return waybill;
            tracking = waybill.Value;
        }
        return await sender.Send(new RecordShipment(c.UserId, c.SubOrderId, carrier.Code, tracking, c.Quantities), ct);
    }

    /// Checked first (the shop's own sub-order, shippable, sensible quantities), so that no waybill is booked for a
    /// shipment that would be refused.
    private async Task<Result<string>> BookWaybillAsync(ShipSubOrder c, Guid shopId, CarrierInfo carrier, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments)
            .FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == c.SubOrderId && s.ShopId == shopId), ct);
        if (order is null) return Error.NotFound();
        var planned = order.PlanShipment(c.SubOrderId, shopId, c.Quantities);
        if (planned.IsFailure) return Result<string>.Failure(planned.Errors);
        var sub = order.SubOrders.Single(s => s.Id == c.SubOrderId);
        var parcel = order.Shipments.Count(s => s.SubOrderId == sub.Id) + 1;
        var contents = string.Join("；", planned.Value.Select(p => $"{p.Line.ProductName} ×{p.Quantity}"));
        var from = options.Value.WaybillSender;
        var to = order.ShipTo;
        var booked = await courier.CreateWaybillAsync(new WaybillRequest(ParcelDeliveredHandler.Reference(sub.Id, parcel), shopId,
            new ParcelParty(from.Name, from.Phone, from.RegionCode, from.Address), new ParcelParty(to.Recipient, to.Phone, to.RegionCode, to.Detail),
            contents.Length > 60 ? contents[..59] + "…" : contents, 1, sub.Number, carrier.Code), ct);
        if (booked.IsFailure) return Error.Validation("TrackingNumber", "电子面单获取失败：{0}", booked.Errors[0].Message);
        return booked.Value.TrackingNumber;
    }
}
