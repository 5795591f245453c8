using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

/// A platform admin corrects a wallet (+ adds, − takes from the available balance) with a reason, which the
/// ledger keeps with the admin's id. RequestId comes from the form, so a replayed form posts once.
public sealed record AdjustBalance(Guid AdminId, Guid ShopId, string? Amount, string? Reason, Guid RequestId) : ICommand;

internal sealed class AdjustBalanceValidator : AbstractValidator<AdjustBalance>
{
    public AdjustBalanceValidator()
    {
        RuleFor(x => x.Amount).Must(a => Money.TryParseYuan(a, out var fen) && fen != 0 && Math.Abs(fen) <= Recharge.MaxFen * 10)
            .WithText("请填写调整金额（元，最多两位小数，正数增加、负数扣减，不能为0）");
        RuleFor(x => x.Reason).NotEmpty().WithText("请填写调整原因").MaximumLength(LedgerEntry.MaxReason).WithText("说明不能超过200个字符");
        RuleFor(x => x.RequestId).NotEmpty().WithText("页面已过期，请刷新后重新提交");
    }
}

internal sealed class AdjustBalanceHandler(WalletBook book, WalletDbContext db) : IRequestHandler<AdjustBalance, Result>
{
    public async Task<Result> Handle(AdjustBalance c, CancellationToken ct)
    {
        Money.TryParseYuan(c.Amount, out var fen);
        var posted = await book.PostAsync(c.ShopId, LedgerKind.Adjustment, fen, new WalletDocument("admin-adjustment", c.RequestId.ToString("N")),
            c.Reason, c.AdminId, ct);
        if (posted.IsFailure)
            return Result.Failure(posted.Errors.Select(e => e.Code == WalletErrors.InsufficientFunds ? e with { Field = nameof(c.Amount) } : e).ToList());
        if (posted.Value && fen > 0)
        {
            var account = await book.AccountAsync(c.ShopId, ct);
            db.Publish(new WalletFunded(Guid.CreateVersion7(), c.ShopId, await book.AvailableAsync(account.Id, ct)));
        }
        return Result.Success();
    }
}
