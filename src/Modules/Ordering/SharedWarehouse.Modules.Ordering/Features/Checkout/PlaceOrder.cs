using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Checkout;

public sealed record PlaceOrder(Guid BuyerId, Guid IdempotencyKey, Guid? AddressId, DeliveryMethod Delivery, PayBy PayBy,
    InvoiceKind InvoiceKind, string? InvoiceTitle, string? TaxId, string? Message) : IProcess<PlacedOrder>;

public sealed record PlacedOrder(Guid OrderId, string Number, PayBy PayBy, OrderStatus Status, long TotalFen);

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public PlaceOrderValidator()
    {
        RuleFor(c => c.IdempotencyKey).NotEmpty().WithText("页面已过期，请刷新后重新提交");
        RuleFor(c => c.AddressId).NotEmpty().WithText("请选择收货地址");
        RuleFor(c => c.Delivery).IsInEnum().WithText("请选择配送方式");
        // Never "paid offline": a forged checkout post must not skip the payment.
        RuleFor(c => c.PayBy).Must(p => p is PayBy.Online or PayBy.CashOnDelivery).WithText("请选择支付方式");
        RuleFor(c => c.InvoiceKind).IsInEnum().WithText("请选择发票类型");
    }
}

/// Places the order in three steps, each its own transaction: store it (invisible), reserve every line's stock in
/// Inventory (reference = the line's ReservationRef, time-to-live past the payment deadline), then make it visible.
/// A shortage releases what was reserved and fails the order; a replayed form finds the first order; a crash
/// between steps leaves a Placing order that the recovery job fails and whose reservations it releases.
internal sealed class PlaceOrderHandler(ISender sender, OrderingDbContext db, IStockReservations stock, IOptions<OrderingOptions> options)
    : IRequestHandler<PlaceOrder, Result<PlacedOrder>>
{
    public async Task<Result<PlacedOrder>> Handle(PlaceOrder request, CancellationToken ct)
    {
        var opened = await sender.Send(new OpenOrder(request), ct);
        if (opened.IsFailure)
        {
            // Two submissions of one form at the same instant: the unique index let one in; answer with that one.
            var winner = await db.Orders.AsNoTracking().Where(o => o.BuyerId == request.BuyerId && o.IdempotencyKey == request.IdempotencyKey)
                .Select(o => o.Id).FirstOrDefaultAsync(ct);
            return winner != Guid.Empty ? await SummaryAsync(winner, ct) : Result<PlacedOrder>.Failure(opened.Errors);
        }
        var order = opened.Value;
        if (order.Existing) return await SummaryAsync(order.OrderId, ct);

        var ttl = options.Value.PaymentWindow + TimeSpan.FromMinutes(options.Value.ReservationGraceMinutes);
        var reserved = new List<string>();
        foreach (var line in order.Lines)
        {
            var r = await stock.ReserveAsync(new ReserveStock(line.SkuId, line.Quantity, ttl, line.Reference, line.ShopId), ct);
            if (r.IsSuccess) { reserved.Add(line.Reference); continue; }
            foreach (var reference in reserved) await stock.ReleaseAsync(reference, ct);
            await sender.Send(new FailOrder(order.OrderId, "库存不足"), ct);
            return Error.Validation("", "「{0}」库存不足，请减少数量后再试", line.ProductName);
        }
        return await sender.Send(new ConfirmOrderPlaced(order.OrderId), ct);
    }

    private async Task<Result<PlacedOrder>> SummaryAsync(Guid orderId, CancellationToken ct)
    {
        var o = await db.Orders.AsNoTracking().Include(x => x.SubOrders).ThenInclude(s => s.Lines).SingleAsync(x => x.Id == orderId, ct);
        return new PlacedOrder(o.Id, o.Number, o.PayBy, o.Status, o.TotalFen);
    }
}
