using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

/// Credit, Refund or Debit asked for by another module (through IWallet); AmountFen is positive, the kind gives the sign.
public sealed record PostToWallet(Guid ShopId, LedgerKind Kind, long AmountFen, WalletDocument Document, string Reason) : ICommand<bool>;

internal sealed class PostToWalletValidator : AbstractValidator<PostToWallet>
{
    public PostToWalletValidator()
    {
        RuleFor(x => x.ShopId).NotEmpty().WithText("缺少店铺");
        RuleFor(x => x.Kind).Must(k => k is LedgerKind.Credit or LedgerKind.Refund or LedgerKind.Debit).WithText("流水类型无效");
        RuleFor(x => x.AmountFen).InclusiveBetween(1, LedgerEntry.MaxAmountFen).WithText("金额无效");
        RuleFor(x => x.Document).SetValidator(new DocumentValidator());
        RuleFor(x => x.Reason).MaximumLength(LedgerEntry.MaxReason).WithText("说明不能超过200个字符");
    }
}

internal sealed class PostToWalletHandler(WalletBook book) : IRequestHandler<PostToWallet, Result<bool>>
{
    public Task<Result<bool>> Handle(PostToWallet c, CancellationToken ct) =>
        book.PostAsync(c.ShopId, c.Kind, LedgerEntry.SignOf(c.Kind) * c.AmountFen, c.Document, c.Reason, null, ct);
}

/// IWallet for other modules: each call is one Wallet command (its own unit of work). Two identical calls racing
/// meet at a unique index and one is refused with a conflict; running it again finds the other's effect and
/// answers as a retry would, so callers see one outcome for one document.
internal sealed class WalletFacade(ISender sender, WalletDbContext db) : IWallet
{
    public async Task<Result> HoldAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct)
    {
        var held = await Twice(() => sender.Send(new HoldFunds(shopId, amountFen, document, reason), ct));
        if (held.IsFailure) return held;
        if (held.Value != HoldOutcome.AwaitingFunds) return Result.Success();
        var available = await db.Accounts.AsNoTracking().Where(a => a.ShopId == shopId).Select(a => a.BalanceFen - a.HeldFen).FirstOrDefaultAsync(ct);
        return WalletBook.Insufficient(amountFen, available);
    }

    public Task<Result> ReleaseHoldAsync(WalletDocument document, CancellationToken ct) =>
        Twice(() => sender.Send(new ReleaseHold(document), ct));

    public Task<Result> SettleHoldAsync(WalletDocument document, long actualAmountFen, CancellationToken ct) =>
        Twice(() => sender.Send(new SettleHold(document, actualAmountFen), ct));

    public Task<Result> CreditAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct) =>
        Post(shopId, LedgerKind.Credit, amountFen, document, reason, ct);

    public Task<Result> RefundAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct) =>
        Post(shopId, LedgerKind.Refund, amountFen, document, reason, ct);

    public Task<Result> DebitAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct) =>
        Post(shopId, LedgerKind.Debit, amountFen, document, reason, ct);

    public async Task<WalletBalance> BalanceAsync(Guid shopId, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ShopId == shopId, ct);
        return new WalletBalance(shopId, account?.BalanceFen ?? 0, account?.HeldFen ?? 0);
    }

    private async Task<Result> Post(Guid shopId, LedgerKind kind, long amountFen, WalletDocument document, string reason, CancellationToken ct) =>
        await Twice(() => sender.Send(new PostToWallet(shopId, kind, amountFen, document, reason), ct));

    private static async Task<T> Twice<T>(Func<Task<T>> send) where T : Result
    {
        var first = await send();
        return first.Errors.Any(e => e.Code == "conflict") ? await send() : first;
    }
}
