using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Returns.Data;

namespace SharedWarehouse.Modules.Returns.Features.Queries;

/// What the 申请售后 form shows: the buyer's sub-order, which lines already have an open request, what is left to
/// refund per line, which products may not come back without a reason (so the buyer knows before submitting).
/// Null when the sub-order is not the buyer's.
public sealed record GetAfterSaleForm(Guid BuyerId, Guid SubOrderId) : IQuery<AfterSaleForm?>;

/// ExchangeOptions: per line, the SKUs it may be exchanged for (the same SKU first, then the product's other SKUs at the
/// same price), empty when the product is no longer on sale. WithoutNoReason: products whose category refuses 七天无理由.
public sealed record AfterSaleForm(SubOrderForAfterSale SubOrder, IReadOnlySet<Guid> OpenLines, IReadOnlyDictionary<Guid, long> RefundedPerLine,
    IReadOnlyDictionary<Guid, IReadOnlyList<SellableSku>> ExchangeOptions, IReadOnlySet<Guid> WithoutNoReason);

internal sealed class GetAfterSaleFormHandler(ReturnsDbContext db, IOrderLines orders, ISellableSkus sellable, IReturnPolicies policies)
    : IRequestHandler<GetAfterSaleForm, AfterSaleForm?>
{
    public async Task<AfterSaleForm?> Handle(GetAfterSaleForm q, CancellationToken ct)
    {
        var sub = await orders.FindForBuyerAsync(q.BuyerId, q.SubOrderId, ct);
        if (sub is null) return null;
        var ids = sub.Lines.Select(l => l.LineId).ToList();
        var open = await db.Lines.Where(l => l.IsOpen && ids.Contains(l.OrderLineId)).Select(l => l.OrderLineId).ToListAsync(ct);
        var refunded = await db.RefundCaps.Where(c => ids.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.RefundedFen, ct);
        var products = sub.Lines.Select(l => l.ProductId).ToList();
        var skus = await sellable.FindSellableOfProductsAsync(products, ct);
        var options = sub.Lines.ToDictionary(l => l.LineId, l => (IReadOnlyList<SellableSku>)(skus.GetValueOrDefault(l.SkuId) is { } same
            ? skus.Values.Where(s => s.ProductId == l.ProductId && !s.IsConsignment && s.PriceFen == same.PriceFen)
                .OrderBy(s => s.SkuId != l.SkuId).ThenBy(s => s.Code).ToList()
            : []));
        var withoutNoReason = await policies.ProductsWithoutNoReasonReturnAsync(products, ct);
        return new AfterSaleForm(sub, open.ToHashSet(), refunded, options, withoutNoReason);
    }
}
