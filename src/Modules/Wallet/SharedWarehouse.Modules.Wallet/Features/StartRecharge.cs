using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

/// The merchant asks to top up its wallet: a Recharge is stored (its own unit of work), then the Payments
/// module opens a charge for it at the configured gateway; the answer is the pay page to redirect to. The money
/// arrives later, as PaymentSucceeded. A recharge whose payment never starts stays pending and harmless.
public sealed record StartRecharge(Guid UserId, string? Amount) : IProcess<string>;

internal sealed class StartRechargeValidator : AbstractValidator<StartRecharge>
{
    public StartRechargeValidator() =>
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop)
            .Must(a => Money.TryParseYuan(a, out var fen) && fen >= 0).WithText("请填写正确的充值金额（元，最多两位小数）")
            .Must(a => Money.TryParseYuan(a, out var fen) && fen >= Recharge.MinFen).WithText("充值金额至少 ¥1.00")
            .Must(a => Money.TryParseYuan(a, out var fen) && fen <= Recharge.MaxFen).WithText("单次充值不能超过 ¥1,000,000.00");
}

internal sealed class StartRechargeHandler(ISender sender, WalletDbContext db, IPayments payments) : IRequestHandler<StartRecharge, Result<string>>
{
    public async Task<Result<string>> Handle(StartRecharge c, CancellationToken ct)
    {
        Money.TryParseYuan(c.Amount, out var fen);
        var opened = await sender.Send(new OpenRecharge(c.UserId, fen), ct);
        if (opened.IsFailure) return Result<string>.Failure(opened.Errors);
        var recharge = await db.Recharges.AsNoTracking().SingleAsync(r => r.Id == opened.Value, ct);
        return await payments.StartOnlineAsync(new StartPayment(recharge.Id, recharge.Number, c.UserId, recharge.AmountFen, "钱包充值",
            "/merchant/wallet"), ct);
    }
}
