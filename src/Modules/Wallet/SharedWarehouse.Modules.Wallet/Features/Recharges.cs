using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

/// The merchant asks to top up its wallet: a Recharge is stored (its own unit of work), then the Payments
/// module opens a charge for it at the configured gateway; the answer is the pay page to redirect to. The money
/// arrives later, as PaymentSucceeded. A recharge whose payment never starts stays pending and harmless.
public sealed record StartRecharge(Guid UserId, string? Amount) : IProcess<string>;

public sealed record OpenRecharge(Guid UserId, long AmountFen) : ICommand<Guid>;

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

internal sealed class OpenRechargeHandler(WalletDbContext db, IMerchantDirectory merchants) : IRequestHandler<OpenRecharge, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(OpenRecharge c, CancellationToken ct)
    {
        var shop = await merchants.FindShopOfOwnerAsync(c.UserId, ct);
        if (shop is null) return Error.Forbidden("只有店主可以充值");
        var started = Recharge.Start(shop.ShopId, c.UserId, c.AmountFen, db.Now());
        if (started.IsFailure) return Result<Guid>.Failure(started.Errors);
        db.Recharges.Add(started.Value);
        return started.Value.Id;
    }
}

/// Payments publishes PaymentSucceeded once per payment; the inbox makes a redelivery a no-op, the recharge's
/// status and the ledger's unique (account, kind, document) make any other repeat one too. Payments of orders
/// (not recharges) are not ours and are ignored.
internal sealed class RechargePaidHandler(WalletDbContext db, WalletBook book, ILogger<RechargePaidHandler> log)
    : IIntegrationEventHandler<PaymentSucceeded>
{
    public async Task Handle(PaymentSucceeded e, CancellationToken ct)
    {
        var shopId = await db.Recharges.AsNoTracking().Where(r => r.Id == e.OrderId).Select(r => (Guid?)r.ShopId).FirstOrDefaultAsync(ct);
        if (shopId is null) return;
        var account = await book.AccountAsync(shopId.Value, ct); // before any tracked change: it may save at once
        var recharge = await db.Recharges.SingleAsync(r => r.Id == e.OrderId, ct);
        var credited = recharge.Credit(e.PaymentId, e.AmountFen, e.PaidUtc);
        if (credited.IsFailure)
        {
            log.LogError("Recharge {Number}: payment {PaymentId} of {AmountFen} fen not credited ({Error}); reconcile by hand",
                recharge.Number, e.PaymentId, e.AmountFen, credited.Errors[0].Message);
            return;
        }
        if (!credited.Value) return;
        var posted = await book.PostAsync(shopId.Value, LedgerKind.Recharge, e.AmountFen, new WalletDocument("recharge", recharge.Number),
            "在线充值", recharge.UserId, ct);
        if (posted.IsFailure) throw new InvalidOperationException($"Recharge {recharge.Number} could not be posted: {posted.Errors[0].Message}");
        var available = await book.AvailableAsync(account.Id, ct);
        db.Publish(new WalletFunded(Guid.CreateVersion7(), shopId.Value, available));
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), recharge.UserId, "钱包充值成功", "充值单 {0} 已到账 ¥{1}，可用余额 ¥{2}",
            [recharge.Number, Money.Yuan(e.AmountFen), Money.Yuan(available)], "/merchant/wallet"));
    }
}
