using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Checkout;

public sealed record LineToReserve(Guid SkuId, Guid ShopId, int Quantity, string Reference, string ProductName);
public sealed record OpenedOrder(Guid OrderId, bool Existing, IReadOnlyList<LineToReserve> Lines);

/// Step 1 of placing: stores the order (state Placing, invisible) from the buyer's cart at today's prices, or
/// finds the order this checkout form already made.
internal sealed record OpenOrder(PlaceOrder Request) : ICommand<OpenedOrder>;

internal sealed class OpenOrderHandler(OrderingDbContext db, ISellableSkus sellable, IConsignedSkus consigned, IOptions<OrderingOptions> options, TimeProvider time)
    : IRequestHandler<OpenOrder, Result<OpenedOrder>>
{
    public async Task<Result<OpenedOrder>> Handle(OpenOrder command, CancellationToken ct)
    {
        var c = command.Request;
        var existing = await db.Orders.AsNoTracking().Where(o => o.BuyerId == c.BuyerId && o.IdempotencyKey == c.IdempotencyKey).Select(o => o.Id).FirstOrDefaultAsync(ct);
        if (existing != Guid.Empty) return new OpenedOrder(existing, true, []);

        var errors = new List<Error>();
        var address = await db.Addresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == c.AddressId && a.BuyerId == c.BuyerId, ct);
        if (address is null) errors.Add(Error.Validation("AddressId", "请选择收货地址"));
        var invoice = Invoice.Create(c.InvoiceKind, c.InvoiceTitle, c.TaxId);
        errors.AddRange(invoice.Errors);
        var cart = await db.CartItems.AsNoTracking().Where(i => i.CartKey == CartItem.ForUser(c.BuyerId)).OrderBy(i => i.AddedUtc).ToListAsync(ct);
        var skus = await sellable.FindSellableAsync(cart.Select(i => i.SkuId).ToList(), ct);
        // What is no longer on sale stays in the cart, marked; the checkout page said so before the buyer submitted.
        // A consignment line carries its supply (supplier SKU, wholesale price for this quantity); one its supplier no
        // longer offers is left out like any unsellable goods.
        var supplies = await consigned.SupplyAsync(cart.Where(i => skus.TryGetValue(i.SkuId, out var s) && s.IsConsignment)
            .Select(i => new ConsignedQuantity(i.SkuId, i.Quantity)).ToList(), ct);
        var lines = cart.Where(i => skus.TryGetValue(i.SkuId, out var s) && (!s.IsConsignment || supplies.ContainsKey(i.SkuId))).Select(i =>
        {
            var s = skus[i.SkuId];
            var supply = supplies.TryGetValue(i.SkuId, out var c)
                ? new LineSupply(c.SupplierShopId, c.SupplierSkuId, c.SupplierProductId, c.SupplierSkuCode, c.WholesaleUnitFen) : null;
            return new Order.Line(s.ShopId, s.SkuId, s.ProductId, s.Code, s.ProductName, s.SpecText, s.PriceFen, i.Quantity, supply);
        }).ToList();
        if (lines.Count == 0) errors.Add(Error.Validation("", "购物车里没有可下单的商品"));
        if (errors.Count > 0) return Result<OpenedOrder>.Failure(errors);

        var o = options.Value;
        var order = Order.Open(c.BuyerId, c.IdempotencyKey, c.PayBy, c.Delivery, address!.Snapshot(), invoice.Value, c.Message, lines, o.Shipping,
            time.GetUtcNow().UtcDateTime, o.PaymentWindow);
        if (order.IsFailure) return Result<OpenedOrder>.Failure(order.Errors);
        db.Orders.Add(order.Value);
        return new OpenedOrder(order.Value.Id, false, order.Value.SubOrders
            // A consignment line reserves the supplier's SKU for the reseller's shop: the supplier's grant allows it.
            .SelectMany(s => s.Lines.Select(l => new LineToReserve(l.Supply?.SupplierSkuId ?? l.SkuId, s.ShopId, l.Quantity, l.ReservationRef, l.ProductName))).ToList());
    }
}
