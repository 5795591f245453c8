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
