using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.OfflineOrders;

/// One typed line: Row = its position in the form (errors go next to it); a blank unit price = the SKU's retail price.
/// Amounts the form could not read arrive as −1 (quantity 0), so the same rules report them.
public sealed record KeyedLine(int Row, string? SkuCode, int Quantity, long? UnitPriceFen);

/// A merchant user keys in a sales order for an offline buyer (phone, walk-in, wholesale), with goods of its own shop only.
public sealed record KeyOfflineOrder(Guid UserId, Guid IdempotencyKey, string? BuyerName, string? Phone, DeliveryMethod Delivery, string? RegionCode,
    string? Detail, IReadOnlyList<KeyedLine> Lines, long ShippingFen, long DiscountFen, InvoiceKind InvoiceKind, string? InvoiceTitle, string? TaxId,
    PayBy PayBy, OfflinePayment? PaidBy, string? PaymentReference, string? Message) : IProcess<KeyedOrder>;

public sealed record KeyedOrder(Guid OrderId, Guid SubOrderId, string Number, OrderStatus Status, long TotalFen);

internal sealed class KeyOfflineOrderValidator : AbstractValidator<KeyOfflineOrder>
{
    public KeyOfflineOrderValidator()
    {
        RuleFor(c => c.IdempotencyKey).NotEmpty().WithText("页面已过期，请刷新后重新提交");
        RuleFor(c => c.Delivery).IsInEnum().WithText("请选择配送方式");
        RuleFor(c => c.InvoiceKind).IsInEnum().WithText("请选择发票类型");
        RuleFor(c => c.PayBy).Must(p => p is PayBy.PaidOffline or PayBy.CashOnDelivery).WithText("请选择收款方式");
        RuleFor(c => c.PaidBy).IsInEnum().WithText("请选择线下收款方式");
    }
}

/// Placed like a checkout, in steps of their own transaction: store the order (invisible), reserve each line from the
/// shop's own stock, then make it visible. A shortage releases what was reserved and deletes the stored order, so
/// nothing is left and the same form can be corrected and sent again; a replayed form finds the first order.
internal sealed class KeyOfflineOrderHandler(ISender sender, OrderingDbContext db, IShopAccess shops, IStockReservations stock,
    IStockAvailability availability, IOptions<OrderingOptions> options) : IRequestHandler<KeyOfflineOrder, Result<KeyedOrder>>
{
    public async Task<Result<KeyedOrder>> Handle(KeyOfflineOrder request, CancellationToken ct)
    {
        if (await shops.ActingAsync(request.UserId, ct) is not { } shop) return Error.Forbidden();
        var opened = await sender.Send(new OpenKeyedOrder(request, shop.ShopId), ct);
        if (opened.IsFailure)
        {
            // Two submissions of one form at the same instant: the unique index let one in; answer with that one.
            var winner = await KeyedOrders.FindAsync(db, request.IdempotencyKey, shop.ShopId, ct);
            return winner is not null ? await SummaryAsync(winner.Value, ct) : Result<KeyedOrder>.Failure(opened.Errors);
        }
        var order = opened.Value;
        if (order.Existing) return await SummaryAsync(order.OrderId, ct);

        var ttl = options.Value.PaymentWindow + TimeSpan.FromMinutes(options.Value.ReservationGraceMinutes);
        var reserved = new List<string>();
        var shortRows = new List<KeyedLineToReserve>();
        foreach (var line in order.Lines)
        {
            var r = await stock.ReserveAsync(new ReserveStock(line.SkuId, line.Quantity, ttl, line.Reference, shop.ShopId), ct);
            if (r.IsSuccess) reserved.Add(line.Reference);
            else shortRows.Add(line);
        }
        if (shortRows.Count > 0)
        {
            foreach (var reference in reserved) await stock.ReleaseAsync(reference, ct);
            await sender.Send(new DiscardKeyedOrder(order.OrderId), ct);
            var available = await availability.AvailableAsync(shortRows.Select(l => l.SkuId).ToList(), ct);
            return Result<KeyedOrder>.Failure(shortRows.Select(l => Error.Validation($"Lines[{l.Row}].Quantity", "库存不足，本店可售 {0} 件",
                available.GetValueOrDefault(l.SkuId))).ToList());
        }
        var placed = await sender.Send(new ConfirmKeyedOrder(order.OrderId), ct);
        return placed.IsFailure ? Result<KeyedOrder>.Failure(placed.Errors) : await SummaryAsync(order.OrderId, ct);
    }

    private async Task<Result<KeyedOrder>> SummaryAsync(Guid orderId, CancellationToken ct)
    {
        var o = await db.Orders.AsNoTracking().Include(x => x.SubOrders).ThenInclude(s => s.Lines).SingleAsync(x => x.Id == orderId, ct);
        return new KeyedOrder(o.Id, o.SubOrders.Single().Id, o.Number, o.Status, o.TotalFen);
    }
}

internal static class KeyedOrders
{
    /// The keyed order this form already made, only when it is of this shop (a key is never trusted across shops).
    public static async Task<Guid?> FindAsync(OrderingDbContext db, Guid key, Guid shopId, CancellationToken ct)
    {
        var id = await db.Orders.AsNoTracking()
            .Where(o => o.BuyerId == Order.NoBuyer && o.IdempotencyKey == key && o.SubOrders.Any(s => s.ShopId == shopId))
            .Select(o => o.Id).FirstOrDefaultAsync(ct);
        return id == Guid.Empty ? null : id;
    }
}
