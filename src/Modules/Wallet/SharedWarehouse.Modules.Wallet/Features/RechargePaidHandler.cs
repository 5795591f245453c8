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
