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
