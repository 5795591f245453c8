using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

/// Credits pending consignment settlements: the supplier's wholesale share and the reseller's margin, each through
/// IWallet with its own document (a process: every wallet call is its own unit of work, outside any Ordering
/// transaction, ADR 7), then marks the settlement settled. A crash between steps repeats them: the documents make the
/// repeated credits no-ops. Answers how many were settled.
public sealed record SettleConsignments(int Max = 100) : IProcess<int>;

internal sealed class SettleConsignmentsHandler(OrderingDbContext db, IWallet wallet, ISender sender) : IRequestHandler<SettleConsignments, Result<int>>
{
    public async Task<Result<int>> Handle(SettleConsignments c, CancellationToken ct)
    {
        var pending = await db.ConsignmentSettlements.AsNoTracking().Where(s => s.Status == SettlementStatus.Pending || s.Status == SettlementStatus.Settling)
            .OrderBy(s => s.CreatedUtc).Take(c.Max).ToListAsync(ct);
        var settled = 0;
        foreach (var s in pending)
        {
            // Claimed first (one conditional update): from here a return no longer rewrites the amounts but reverses them.
            if (s.Status == SettlementStatus.Pending && await db.ConsignmentSettlements.Where(x => x.Id == s.Id && x.Status == SettlementStatus.Pending)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, SettlementStatus.Settling), ct) == 0) continue;
            if (!await CreditAsync(s.SupplierShopId, s.SupplierFen, s.SupplierDocumentId, $"代销结算（供货）{s.PurchaseNumber}", ct)) continue;
            if (!await CreditAsync(s.ResellerShopId, s.ResellerFen, s.ResellerDocumentId, $"代销结算（分销差价）{s.ResellerNumber}", ct)) continue;
            if ((await sender.Send(new MarkSettlementSettled(s.Id), ct)).IsSuccess) settled++;
        }
        await ReverseAsync(c.Max, ct);
        return settled;
    }

    /// Accepted returns of settled sales: the supplier gives back the wholesale amount, the reseller its margin (a negative
    /// amount is given to it). Short of funds, a reversal waits for the next run with the same documents.
    private async Task ReverseAsync(int max, CancellationToken ct)
    {
        var due = await (from r in db.SettlementReversals.AsNoTracking()
                         join s in db.ConsignmentSettlements.AsNoTracking() on r.SettlementId equals s.Id
                         where !r.Done && s.Status == SettlementStatus.Settled
                         orderby r.CreatedUtc
                         select r).Take(max).ToListAsync(ct);
        foreach (var r in due)
        {
            if (!await TakeBackAsync(r.SupplierShopId, r.SupplierFen, $"{r.ReturnId}:supplier", ct)) continue;
            if (!await TakeBackAsync(r.ResellerShopId, r.ResellerFen, $"{r.ReturnId}:reseller", ct)) continue;
            await sender.Send(new MarkReversalDone(r.Id), ct);
        }
    }

    private async Task<bool> TakeBackAsync(Guid shopId, long fen, string documentId, CancellationToken ct)
    {
        var document = new WalletDocument(SettlementReversal.DocumentType, documentId);
        if (fen == 0) return true;
        var result = fen > 0 ? await wallet.DebitAsync(shopId, fen, document, "代销退货：退回结算款", ct)
            : await wallet.CreditAsync(shopId, -fen, document, "代销退货：结算差额", ct);
        return result.IsSuccess;
    }

    /// Nothing to credit is done at once (a reseller selling at cost after commission gets no entry).
    private async Task<bool> CreditAsync(Guid shopId, long fen, string documentId, string reason, CancellationToken ct) =>
        fen == 0 || (await wallet.CreditAsync(shopId, fen, new WalletDocument(ConsignmentSettlement.DocumentType, documentId), reason, ct)).IsSuccess;
}

internal sealed record MarkReversalDone(Guid ReversalId) : ICommand;

internal sealed class MarkReversalDoneHandler(OrderingDbContext db) : IRequestHandler<MarkReversalDone, Result>
{
    public async Task<Result> Handle(MarkReversalDone c, CancellationToken ct)
    {
        var r = await db.SettlementReversals.FirstOrDefaultAsync(x => x.Id == c.ReversalId, ct);
        if (r is null) return Error.NotFound();
        r.Completed();
        return Result.Success();
    }
}

internal sealed record MarkSettlementSettled(Guid SettlementId) : ICommand;

internal sealed class MarkSettlementSettledHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<MarkSettlementSettled, Result>
{
    public async Task<Result> Handle(MarkSettlementSettled c, CancellationToken ct)
    {
        var s = await db.ConsignmentSettlements.FirstOrDefaultAsync(x => x.Id == c.SettlementId, ct);
        if (s is null) return Error.NotFound();
        s.Settled(time.GetUtcNow().UtcDateTime);
        return Result.Success();
    }
}

[DisallowConcurrentExecution]
public sealed class ConsignmentSettlementJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "ordering-consignment-settle";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(scopes, cancellationToken)} settled";

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SettleConsignments(), ct);
        return result.IsSuccess ? result.Value : 0;
    }
}

public enum SettlementRole { Supplier = 1, Reseller = 2 }

/// My share is what this shop gets: the wholesale total as supplier, the margin as reseller.
public sealed record SettlementRow(Guid Id, SettlementRole Role, string PurchaseNumber, string ResellerNumber, string OtherShop, long RetailFen,
    long WholesaleFen, long CommissionFen, long MyShareFen, SettlementStatus Status, DateTime CreatedUtc, DateTime? SettledUtc);

public sealed record SettlementList(IReadOnlyList<SettlementRow> Rows, long SettledFen, long PendingFen);

/// The signed-in merchant's consignment settlements, as supplier or as reseller (never another pair's).
public sealed record ListConsignmentSettlements(Guid UserId) : IQuery<SettlementList>;

internal sealed class ListConsignmentSettlementsHandler(OrderingDbContext db, IMerchantDirectory merchants) : IRequestHandler<ListConsignmentSettlements, SettlementList>
{
    public async Task<SettlementList> Handle(ListConsignmentSettlements q, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(q.UserId, ct) is not { } shop) return new([], 0, 0);
        var mine = await db.ConsignmentSettlements.AsNoTracking().Where(s => s.SupplierShopId == shop.ShopId || s.ResellerShopId == shop.ShopId)
            .OrderByDescending(s => s.CreatedUtc).Take(500).ToListAsync(ct);
        var others = await merchants.FindShopsAsync(mine.Select(s => s.SupplierShopId == shop.ShopId ? s.ResellerShopId : s.SupplierShopId).Distinct().ToList(), ct);
        var rows = mine.Select(s =>
        {
            var asSupplier = s.SupplierShopId == shop.ShopId;
            var other = asSupplier ? s.ResellerShopId : s.SupplierShopId;
            return new SettlementRow(s.Id, asSupplier ? SettlementRole.Supplier : SettlementRole.Reseller, s.PurchaseNumber, s.ResellerNumber,
                others.TryGetValue(other, out var o) ? o.Name : "", s.RetailFen, s.WholesaleFen, s.CommissionFen,
                asSupplier ? s.SupplierFen : s.ResellerFen, s.Status, s.CreatedUtc, s.SettledUtc);
        }).ToList();
        return new(rows, rows.Where(r => r.Status == SettlementStatus.Settled).Sum(r => r.MyShareFen),
            rows.Where(r => r.Status is SettlementStatus.Pending or SettlementStatus.Settling).Sum(r => r.MyShareFen));
    }
}
