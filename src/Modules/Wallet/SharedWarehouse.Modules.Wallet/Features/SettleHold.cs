using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

public sealed record SettleHold(WalletDocument Document, long ActualFen) : ICommand;

internal sealed class SettleHoldValidator : AbstractValidator<SettleHold>
{
    public SettleHoldValidator()
    {
        RuleFor(x => x.ActualFen).InclusiveBetween(0, LedgerEntry.MaxAmountFen).WithText("金额无效");
        RuleFor(x => x.Document).SetValidator(new DocumentValidator());
    }
}

internal sealed class SettleHoldHandler(WalletDbContext db, WalletBook book) : IRequestHandler<SettleHold, Result>
{
    public async Task<Result> Handle(SettleHold c, CancellationToken ct)
    {
        var doc = c.Document;
        var hold = await db.Holds.AsNoTracking().FirstOrDefaultAsync(h => h.DocumentType == doc.Type && h.DocumentId == doc.Id, ct);
        if (hold is null) return Error.NotFound("找不到该单据的冻结");
        if (hold.Status == HoldStatus.Settled)
            return hold.SettledFen == c.ActualFen ? Result.Success() : Error.Conflict("该单据的冻结已按另一金额结算");
        if (hold.Status == HoldStatus.Released) return Error.Conflict("该单据的冻结已释放");

        var now = db.Now();
        if (!await ReleaseHoldHandler.ClaimAsync(db, hold.Id, HoldStatus.Settled, c.ActualFen, now, ct))
            return Error.Conflict("该单据的冻结正在被处理，请重试");
        if (!await book.TrySettleAsync(hold.AccountId, hold.AmountFen, c.ActualFen, ct))
            return await book.InsufficientAsync(hold.AccountId, c.ActualFen - hold.AmountFen, ct); // rolls the claim back too
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == hold.AccountId, ct);
        var release = LedgerEntry.Record(account, LedgerKind.HoldRelease, -hold.AmountFen, doc.Type, doc.Id, "结算冻结", null, now);
        if (release.IsFailure) return release;
        db.Entries.Add(release.Value);
        if (c.ActualFen == 0) return Result.Success();
        var debit = LedgerEntry.Record(account, LedgerKind.Debit, -c.ActualFen, doc.Type, doc.Id, hold.Reason.Length > 0 ? hold.Reason : "结算扣款", null, now);
        if (debit.IsFailure) return debit;
        db.Entries.Add(debit.Value);
        return Result.Success();
    }
}
