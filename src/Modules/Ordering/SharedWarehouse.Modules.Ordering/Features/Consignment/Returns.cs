using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

/// The buyer asks to return one consignment line of its own shipped or received order (ADR 9).
public sealed record RequestConsignmentReturn(Guid BuyerId, Guid OrderId, Guid? LineId, string? Reason) : ICommand<Guid>;

internal sealed class RequestConsignmentReturnHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<RequestConsignmentReturn, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(RequestConsignmentReturn c, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines)
            .FirstOrDefaultAsync(o => o.Id == c.OrderId && o.BuyerId == c.BuyerId && o.Source == OrderSource.Online, ct);
        if (order is null) return Error.NotFound();
        if (c.LineId is not { } lineId) return Error.Validation("LineId", "请选择要退货的商品");
        if (await db.ConsignmentReturns.AnyAsync(r => r.ResellerLineId == lineId, ct)) return Error.Validation("LineId", "该商品已申请过退货");
        var sub = order.SubOrders.FirstOrDefault(s => s.Lines.Any(l => l.Id == lineId));
        if (sub is null) return Error.NotFound();
        var purchase = (await ConsignmentPurchases.PurchasesOfAsync(db, [sub.Id], ct))
            .FirstOrDefault(p => p.SubOrders.Single().Lines.Any(l => l.ConsignedLineId == lineId));
        if (purchase is null) return Error.Validation("LineId", "只有代销商品可以在这里申请退货");
        var requested = ConsignmentReturn.Request(order, lineId, purchase, c.Reason, time.GetUtcNow().UtcDateTime);
        if (requested.IsFailure) return Result<Guid>.Failure(requested.Errors);
        db.ConsignmentReturns.Add(requested.Value);
        return requested.Value.Id;
    }
}

/// The reseller approves (forwards to the supplier) or rejects a return of its sub-order's consignment line.
public sealed record ReviewConsignmentReturn(Guid UserId, Guid ReturnId, bool Approve, string? Note) : ICommand;

internal sealed class ReviewConsignmentReturnHandler(OrderingDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<ReviewConsignmentReturn, Result>
{
    public async Task<Result> Handle(ReviewConsignmentReturn c, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var r = await db.ConsignmentReturns.FirstOrDefaultAsync(x => x.Id == c.ReturnId && x.ResellerShopId == shop.ShopId, ct);
        return r is null ? Error.NotFound() : r.ReviewByReseller(c.Approve, c.Note, time.GetUtcNow().UtcDateTime);
    }
}

/// The supplier accepts a forwarded return (goods received back) or refuses it. Accepting refunds the buyer (an online
/// payment, through Payments) and corrects the settlement in this transaction: a settlement not yet claimed by the job is
/// recomputed without the line (cancelled when nothing is left); one already credited gets a reversal the job debits.
public sealed record DecideConsignmentReturn(Guid UserId, Guid ReturnId, bool Accept, string? Note) : ICommand;

internal sealed class DecideConsignmentReturnHandler(OrderingDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<DecideConsignmentReturn, Result>
{
    public async Task<Result> Handle(DecideConsignmentReturn c, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var r = await db.ConsignmentReturns.FirstOrDefaultAsync(x => x.Id == c.ReturnId && x.SupplierShopId == shop.ShopId, ct);
        if (r is null) return Error.NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var decided = r.DecideBySupplier(c.Accept, c.Note, now);
        if (decided.IsFailure || !c.Accept) return decided;

        var order = await db.Orders.SingleAsync(o => o.Id == r.OrderId, ct);
        if (order.PayBy == PayBy.Online && order.IsPaid)
        {
            order.RefundRequested(r.RetailFen);
            db.Publish(new RefundRequested(Guid.CreateVersion7(), order.Id, r.RetailFen, $"return-{r.Id:N}", "代销商品退货"));
        }
        // The goods are back with the supplier: into the balances they left from (the reseller line's reservation).
        var reference = await db.Lines.Where(l => l.Id == r.ResellerLineId).Select(l => l.ReservationRef).SingleAsync(ct);
        db.Publish(new StockReturnRequested(Guid.CreateVersion7(), reference, r.Quantity, $"return-{r.Id:N}"));
        await CorrectSettlementAsync(r, now, ct);
        return Result.Success();
    }

    private async Task CorrectSettlementAsync(ConsignmentReturn r, DateTime now, CancellationToken ct)
    {
        var s = await db.ConsignmentSettlements.AsNoTracking().FirstOrDefaultAsync(x => x.PurchaseOrderId == r.PurchaseOrderId, ct);
        if (s is null || s.Status == SettlementStatus.Cancelled) return; // not received yet: the receipt leaves the line out
        if (s.Status == SettlementStatus.Pending)
        {
            var left = SettlementSplit.Of(s.RetailFen - r.RetailFen, s.WholesaleFen - r.WholesaleFen, s.CommissionBasisPoints);
            var status = left.RetailFen == 0 ? SettlementStatus.Cancelled : SettlementStatus.Pending;
            // Only while the job has not claimed it: then it is credited with these amounts, never the old ones.
            if (await db.ConsignmentSettlements.Where(x => x.Id == s.Id && x.Status == SettlementStatus.Pending).ExecuteUpdateAsync(u => u
                    .SetProperty(x => x.RetailFen, left.RetailFen).SetProperty(x => x.WholesaleFen, left.WholesaleFen)
                    .SetProperty(x => x.CommissionFen, left.CommissionFen).SetProperty(x => x.SupplierFen, left.SupplierFen)
                    .SetProperty(x => x.ResellerFen, left.ResellerFen).SetProperty(x => x.Status, status), ct) == 1) return;
        }
        // Already credited (or being credited): take back the difference, after earlier reversals of the same sale.
        var earlier = await db.SettlementReversals.AsNoTracking().Where(x => x.SettlementId == s.Id).ToListAsync(ct);
        var (retail, wholesale) = (s.RetailFen - earlier.Sum(x => x.RetailFen), s.WholesaleFen - earlier.Sum(x => x.WholesaleFen));
        var before = SettlementSplit.Of(retail, wholesale, s.CommissionBasisPoints);
        var after = SettlementSplit.Of(retail - r.RetailFen, wholesale - r.WholesaleFen, s.CommissionBasisPoints);
        db.SettlementReversals.Add(new SettlementReversal(r.Id, s, r.RetailFen, r.WholesaleFen, before.SupplierFen - after.SupplierFen,
            before.ResellerFen - after.ResellerFen, now));
    }
}

public enum ReturnRole { Buyer = 0, Reseller = 1, Supplier = 2 }

public sealed record ReturnRow(Guid Id, Guid OrderId, string ProductName, int Quantity, long RetailFen, long WholesaleFen, string Reason,
    ReturnStatus Status, string? ResellerNote, string? SupplierNote, DateTime CreatedUtc, ReturnRole Role)
{
    public bool ResellerCanReview => Role == ReturnRole.Reseller && Status == ReturnStatus.Requested;
    public bool SupplierCanDecide => Role == ReturnRole.Supplier && Status == ReturnStatus.WithSupplier;
}

/// The signed-in merchant's consignment returns, as reseller (to review) and as supplier (to decide).
public sealed record ListConsignmentReturns(Guid UserId) : IQuery<IReadOnlyList<ReturnRow>>;

/// The buyer's returns of one of its own orders.
public sealed record ListOrderReturns(Guid BuyerId, Guid OrderId) : IQuery<IReadOnlyList<ReturnRow>>;

internal sealed class ReturnQueriesHandler(OrderingDbContext db, IMerchantDirectory merchants)
    : IRequestHandler<ListConsignmentReturns, IReadOnlyList<ReturnRow>>, IRequestHandler<ListOrderReturns, IReadOnlyList<ReturnRow>>
{
    public async Task<IReadOnlyList<ReturnRow>> Handle(ListConsignmentReturns q, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(q.UserId, ct) is not { } shop) return [];
        var rows = await db.ConsignmentReturns.AsNoTracking().Where(r => r.ResellerShopId == shop.ShopId || r.SupplierShopId == shop.ShopId)
            .OrderByDescending(r => r.CreatedUtc).Take(500).ToListAsync(ct);
        return rows.Select(r => Row(r, r.SupplierShopId == shop.ShopId ? ReturnRole.Supplier : ReturnRole.Reseller)).ToList();
    }

    public async Task<IReadOnlyList<ReturnRow>> Handle(ListOrderReturns q, CancellationToken ct) =>
        (await db.ConsignmentReturns.AsNoTracking().Where(r => r.OrderId == q.OrderId && r.BuyerId == q.BuyerId).OrderBy(r => r.CreatedUtc).ToListAsync(ct))
            .Select(r => Row(r, ReturnRole.Buyer)).ToList();

    private static ReturnRow Row(ConsignmentReturn r, ReturnRole role) => new(r.Id, r.OrderId, r.ProductName, r.Quantity, r.RetailFen,
        role == ReturnRole.Buyer ? 0 : r.WholesaleFen, r.Reason, r.Status, r.ResellerNote, r.SupplierNote, r.CreatedUtc, role);
}
