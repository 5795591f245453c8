using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Ordering.Features.OfflineOrders;

public sealed record KeyedLineToReserve(int Row, Guid SkuId, int Quantity, string Reference);
public sealed record OpenedKeyedOrder(Guid OrderId, bool Existing, IReadOnlyList<KeyedLineToReserve> Lines);

/// Step 1: checks everything typed (all errors at once, each next to its field), resolves each SKU code within the
/// signed-in merchant's shop only, and stores the order (Placing, invisible) — or finds the one this form already made.
internal sealed record OpenKeyedOrder(KeyOfflineOrder Request, Guid ShopId) : ICommand<OpenedKeyedOrder>;

internal sealed class OpenKeyedOrderHandler(OrderingDbContext db, ICatalogSkuDirectory catalog, IRegionCatalog regions, TimeProvider time)
    : IRequestHandler<OpenKeyedOrder, Result<OpenedKeyedOrder>>
{
    public async Task<Result<OpenedKeyedOrder>> Handle(OpenKeyedOrder command, CancellationToken ct)
    {
        var c = command.Request;
        if (await KeyedOrders.FindAsync(db, c.IdempotencyKey, command.ShopId, ct) is { } existing) return new OpenedKeyedOrder(existing, true, []);

        var errors = new List<Error>();
        var name = c.BuyerName?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add(Error.Validation("BuyerName", "请填写买家姓名"));
        else if (name.Length > 20) errors.Add(Error.Validation("BuyerName", "买家姓名最多 {0} 个字", 20));
        // Numbers are often pasted from contacts ("+86 138-1234-5678"): normalise first, then check.
        var phone = c.Phone is null ? null : MainlandMobile.Normalize(c.Phone);
        if (!MainlandMobile.IsValid(phone)) errors.Add(Error.Validation("Phone", "请填写正确的手机号"));
        var express = c.Delivery == DeliveryMethod.Express;
        if (express && !regions.IsDistrict(c.RegionCode)) errors.Add(Error.Validation("RegionCode", "请选择到区县"));
        var detail = c.Detail?.Trim();
        if (express && string.IsNullOrEmpty(detail)) errors.Add(Error.Validation("Detail", "请填写详细地址"));
        else if (detail?.Length > 120) errors.Add(Error.Validation("Detail", "详细地址最多 {0} 个字", 120));
        var invoice = Invoice.Create(c.InvoiceKind, c.InvoiceTitle, c.TaxId);
        errors.AddRange(invoice.Errors);

        var rows = new List<Order.KeyedRow>();
        var amounts = new List<KeyedAmount>();
        foreach (var l in c.Lines)
        {
            var sku = string.IsNullOrWhiteSpace(l.SkuCode) ? null : await catalog.FindByCodeAsync(command.ShopId, l.SkuCode, ct);
            if (sku is null || !sku.IsApproved || sku.ShopId != command.ShopId)
            {
                errors.Add(Error.Validation($"Lines[{l.Row}].SkuCode", string.IsNullOrWhiteSpace(l.SkuCode) ? "请填写 SKU 编码" : "本店没有该 SKU，或尚未审核通过"));
                amounts.Add(new KeyedAmount(l.Row, l.UnitPriceFen ?? 0, l.Quantity));
                continue;
            }
            var line = new Order.Line(command.ShopId, sku.SkuId, sku.ProductId, sku.Code, sku.ProductName, sku.SpecText, l.UnitPriceFen ?? sku.RetailPriceFen, l.Quantity);
            rows.Add(new Order.KeyedRow(l.Row, line));
            amounts.Add(new KeyedAmount(l.Row, line.UnitPriceFen, line.Quantity));
        }
        var lineErrors = KeyedSale.CheckLines(amounts);
        errors.AddRange(lineErrors);
        // The discount is measured against the goods total, which is only known once every line is.
        if (lineErrors.Count == 0 && rows.Count == amounts.Count) errors.AddRange(KeyedSale.CheckCharges(KeyedSale.GoodsFen(amounts), c.ShippingFen, c.DiscountFen));
        else if (c.ShippingFen < 0 || c.DiscountFen < 0) errors.AddRange(KeyedSale.CheckCharges(long.MaxValue, c.ShippingFen, c.DiscountFen));
        if (errors.Count > 0) return Result<OpenedKeyedOrder>.Failure(errors);

        var shipTo = new ShipTo(name!, phone!, express ? c.RegionCode! : "", express ? detail! : "");
        var order = Order.KeyIn(command.ShopId, c.UserId, c.IdempotencyKey, c.Delivery, shipTo, invoice.Value, c.Message, rows, c.ShippingFen, c.DiscountFen,
            c.PayBy, c.PaidBy, c.PaymentReference, time.GetUtcNow().UtcDateTime);
        if (order.IsFailure) return Result<OpenedKeyedOrder>.Failure(order.Errors);
        db.Orders.Add(order.Value);
        var sub = order.Value.SubOrders.Single();
        return new OpenedKeyedOrder(order.Value.Id, false,
            sub.Lines.Zip(rows, (l, r) => new KeyedLineToReserve(r.Row, l.SkuId, l.Quantity, l.ReservationRef)).ToList());
    }
}

/// Step 3: every line's stock is reserved — the order becomes visible (to ship) and its stock is held until shipped.
internal sealed record ConfirmKeyedOrder(Guid OrderId) : ICommand;

internal sealed class ConfirmKeyedOrderHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<ConfirmKeyedOrder, Result>
{
    public async Task<Result> Handle(ConfirmKeyedOrder c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).SingleAsync(o => o.Id == c.OrderId, ct);
        var placed = order.Placed(time.GetUtcNow().UtcDateTime);
        if (placed.IsFailure) return placed;
        // Paid or cash on delivery, there is no payment step: the stock is held from now on, as for online COD orders.
        db.Publish(new ReservationsHoldRequested(Guid.CreateVersion7(), order.SubOrders.SelectMany(s => s.Lines).Select(l => l.ReservationRef).ToList()));
        return Result.Success();
    }
}

/// A shortage: the stored (still invisible) order is removed, so a refused form leaves nothing behind.
internal sealed record DiscardKeyedOrder(Guid OrderId) : ICommand;

internal sealed class DiscardKeyedOrderHandler(OrderingDbContext db) : IRequestHandler<DiscardKeyedOrder, Result>
{
    public async Task<Result> Handle(DiscardKeyedOrder c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Transitions)
            .FirstOrDefaultAsync(o => o.Id == c.OrderId && o.Source == OrderSource.MerchantKeyed && o.Status == OrderStatus.Placing, ct);
        if (order is null) return Error.NotFound();
        db.Orders.Remove(order);
        return Result.Success();
    }
}
