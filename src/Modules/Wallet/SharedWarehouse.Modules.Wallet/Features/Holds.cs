using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

public enum HoldOutcome { Held, AlreadyHeld, AwaitingFunds }

/// A shortage is an answer, not a failure of the command: the "awaiting funds" row and the merchant's
/// notification must commit (a failed Result would roll them back). IWallet turns it into InsufficientFunds.
public sealed record HoldFunds(Guid ShopId, long AmountFen, WalletDocument Document, string Reason) : ICommand<HoldOutcome>;

public sealed record ReleaseHold(WalletDocument Document) : ICommand;

public sealed record SettleHold(WalletDocument Document, long ActualFen) : ICommand;

internal sealed class HoldFundsValidator : AbstractValidator<HoldFunds>
{
    public HoldFundsValidator()
    {
        RuleFor(x => x.ShopId).NotEmpty().WithText("缺少店铺");
        RuleFor(x => x.AmountFen).InclusiveBetween(1, LedgerEntry.MaxAmountFen).WithText("金额无效");
        RuleFor(x => x.Document).SetValidator(new DocumentValidator());
        RuleFor(x => x.Reason).MaximumLength(LedgerEntry.MaxReason).WithText("说明不能超过200个字符");
    }
}

internal sealed class SettleHoldValidator : AbstractValidator<SettleHold>
{
    public SettleHoldValidator()
    {
        RuleFor(x => x.ActualFen).InclusiveBetween(0, LedgerEntry.MaxAmountFen).WithText("金额无效");
        RuleFor(x => x.Document).SetValidator(new DocumentValidator());
    }
}

internal sealed class ReleaseHoldValidator : AbstractValidator<ReleaseHold>
{
    public ReleaseHoldValidator() => RuleFor(x => x.Document).SetValidator(new DocumentValidator());
}

internal sealed class DocumentValidator : AbstractValidator<WalletDocument>
{
    public DocumentValidator()
    {
        RuleFor(d => d.Type).NotEmpty().WithText("缺少关联单据").MaximumLength(40).WithText("关联单据编号过长");
        RuleFor(d => d.Id).NotEmpty().WithText("缺少关联单据").MaximumLength(100).WithText("关联单据编号过长");
    }
}

internal sealed class HoldFundsHandler(WalletDbContext db, WalletBook book, IMerchantDirectory merchants)
    : IRequestHandler<HoldFunds, Result<HoldOutcome>>
{
    public async Task<Result<HoldOutcome>> Handle(HoldFunds c, CancellationToken ct)
    {
        var doc = c.Document;
        var existing = await db.Holds.AsNoTracking().FirstOrDefaultAsync(h => h.DocumentType == doc.Type && h.DocumentId == doc.Id, ct);
        if (existing is not null)
        {
            var same = existing.SameAs(c.ShopId, c.AmountFen);
            return same.IsFailure ? Result<HoldOutcome>.Failure(same.Errors) : HoldOutcome.AlreadyHeld;
        }
        var account = await book.AccountAsync(c.ShopId, ct);
        var awaiting = await db.Awaiting.FirstOrDefaultAsync(a => a.DocumentType == doc.Type && a.DocumentId == doc.Id, ct);
        var entry = LedgerEntry.Record(account, LedgerKind.Hold, c.AmountFen, doc.Type, doc.Id, c.Reason, null, db.Now());
        if (entry.IsFailure) return Result<HoldOutcome>.Failure(entry.Errors);

        if (!await book.TryHoldAsync(account.Id, c.AmountFen, ct))
        {
            // The UPDATE may have waited for a concurrent copy of this call that has since committed the hold:
            // then this is a retry, not a shortage (no awaiting row, no notification).
            var racing = await db.Holds.AsNoTracking().FirstOrDefaultAsync(h => h.DocumentType == doc.Type && h.DocumentId == doc.Id, ct);
            if (racing is not null)
            {
                var same = racing.SameAs(c.ShopId, c.AmountFen);
                return same.IsFailure ? Result<HoldOutcome>.Failure(same.Errors) : HoldOutcome.AlreadyHeld;
            }
            if (awaiting is not null) { awaiting.Retried(c.AmountFen); return HoldOutcome.AwaitingFunds; }
            db.Awaiting.Add(AwaitingFunds.Since(c.ShopId, doc.Type, doc.Id, c.AmountFen, c.Reason, db.Now()));
            await TellMerchantAsync(c, await book.AvailableAsync(account.Id, ct), ct);
            return HoldOutcome.AwaitingFunds;
        }
        db.Entries.Add(entry.Value);
        db.Holds.Add(WalletHold.Place(entry.Value));
        if (awaiting is not null) db.Awaiting.Remove(awaiting);
        return HoldOutcome.Held;
    }

    private async Task TellMerchantAsync(HoldFunds c, long availableFen, CancellationToken ct)
    {
        var shops = await merchants.FindShopsAsync([c.ShopId], ct);
        if (!shops.TryGetValue(c.ShopId, out var shop)) return;
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shop.OwnerId, "钱包余额不足",
            "单据 {0} 需要冻结 ¥{1}，钱包可用余额 ¥{2}，请充值后自动继续处理",
            [c.Document.ToString(), Money.Yuan(c.AmountFen), Money.Yuan(availableFen)], "/merchant/wallet"));
    }
}

internal sealed class ReleaseHoldHandler(WalletDbContext db, WalletBook book) : IRequestHandler<ReleaseHold, Result>
{
    public async Task<Result> Handle(ReleaseHold c, CancellationToken ct)
    {
        var doc = c.Document;
        // The document no longer needs money, whether or not its hold ever succeeded.
        var awaiting = await db.Awaiting.FirstOrDefaultAsync(a => a.DocumentType == doc.Type && a.DocumentId == doc.Id, ct);
        if (awaiting is not null) db.Awaiting.Remove(awaiting);

        var hold = await db.Holds.AsNoTracking().FirstOrDefaultAsync(h => h.DocumentType == doc.Type && h.DocumentId == doc.Id, ct);
        if (hold is null) return awaiting is not null ? Result.Success() : Error.NotFound("找不到该单据的冻结");
        if (hold.Status == HoldStatus.Released) return Result.Success();
        if (hold.Status == HoldStatus.Settled) return Error.Conflict("该单据的冻结已结算");

        var now = db.Now();
        if (!await ClaimAsync(db, hold.Id, HoldStatus.Released, null, now, ct)) return Error.Conflict("该单据的冻结正在被处理，请重试");
        if (!await book.ReleaseAsync(hold.AccountId, hold.AmountFen, ct))
            throw new InvalidOperationException($"Wallet {hold.AccountId} holds less than hold {hold.Id}: the ledger needs checking.");
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == hold.AccountId, ct);
        var entry = LedgerEntry.Record(account, LedgerKind.HoldRelease, -hold.AmountFen, doc.Type, doc.Id, "释放冻结", null, now);
        if (entry.IsFailure) return entry;
        db.Entries.Add(entry.Value);
        return Result.Success();
    }

    /// Held → closed by one conditional UPDATE: of a release and a settle racing, only one gets the row.
    internal static async Task<bool> ClaimAsync(WalletDbContext db, Guid holdId, HoldStatus to, long? settledFen, DateTime now, CancellationToken ct) =>
        await db.Holds.Where(h => h.Id == holdId && h.Status == HoldStatus.Held)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, to).SetProperty(h => h.SettledFen, settledFen)
                .SetProperty(h => h.ClosedUtc, now), ct) == 1;
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
