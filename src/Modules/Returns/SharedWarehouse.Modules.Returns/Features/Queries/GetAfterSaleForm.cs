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

public sealed record AfterSaleForm(SubOrderForAfterSale SubOrder, IReadOnlySet<Guid> OpenLines, IReadOnlyDictionary<Guid, long> RefundedPerLine,
    IReadOnlySet<Guid> WithoutNoReason);

internal sealed class GetAfterSaleFormHandler(ReturnsDbContext db, IOrderLines orders, IReturnPolicies policies) : IRequestHandler<GetAfterSaleForm, AfterSaleForm?>
{
    public async Task<AfterSaleForm?> Handle(GetAfterSaleForm q, CancellationToken ct)
    {
        var sub = await orders.FindForBuyerAsync(q.BuyerId, q.SubOrderId, ct);
        if (sub is null) return null;
        var ids = sub.Lines.Select(l => l.LineId).ToList();
        var open = await db.Lines.Where(l => l.IsOpen && ids.Contains(l.OrderLineId)).Select(l => l.OrderLineId).ToListAsync(ct);
        var refunded = await db.RefundCaps.Where(c => ids.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.RefundedFen, ct);
        var withoutNoReason = await policies.ProductsWithoutNoReasonReturnAsync(sub.Lines.Select(l => l.ProductId).ToList(), ct);
        return new AfterSaleForm(sub, open.ToHashSet(), refunded, withoutNoReason);
    }
}
