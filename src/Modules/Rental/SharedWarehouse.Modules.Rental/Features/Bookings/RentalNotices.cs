using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Bookings;

/// Tells the other party what just happened to a booking, in their inbox (published with the change): the shop hears of
/// payments, cancellations, accepted or disputed charges and balances paid; the buyer of the hand-over, the return and its
/// settlement, reminders; both of the platform's decision. Nobody hears of their own step.
internal static class RentalNotices
{
    private const string Title = "租赁进展";

    private sealed record Notice(string Body, params string[] Args);

    public static async Task ChangedAsync(RentalDbContext db, IMerchantDirectory merchants, RentalBooking b, CancellationToken ct)
    {
        var last = b.Steps.LastOrDefault(s => s.Action is not (RentalActions.Refunded or RentalActions.BalanceDue));
        var actor = last?.Party ?? RentalParty.System;
        var settled = b.BalanceDueFen > 0
            ? new Notice("租赁单 {0} 已结算：逾期 {1} 天，扣款 {2}，押金不足，需补缴 {3}", b.Number, b.LateDays.ToString(), Money.Display(b.LateFeeFen + b.DamageFen), Money.Display(b.BalanceDueFen))
            : new Notice("租赁单 {0} 已结算：逾期 {1} 天，扣款 {2}，退回 {3}", b.Number, b.LateDays.ToString(), Money.Display(b.LateFeeFen + b.DamageFen), Money.Display(b.DepositRefundFen + b.RentRefundFen));
        (Notice? toBuyer, Notice? toShop) = last?.Action switch
        {
            RentalActions.Paid => (null, new Notice("租赁单 {0} 已付款，请在 {1} 交付 {2}", b.Number, b.StartDate.ToString("yyyy-MM-dd"), b.ItemName)),
            RentalActions.Cancelled => (null, new Notice("租赁单 {0} 已被买家取消", b.Number)),
            RentalActions.HandedOver => (new Notice("租赁单 {0} 的 {1} 已交付，请在 {2} 前归还", b.Number, b.ItemName, b.EndDate.ToString("yyyy-MM-dd")), null),
            RentalActions.Returned => (settled, null),
            RentalActions.DamageCharged => (new Notice("租赁单 {0} 归还时商家记录了损坏扣款 {1}，请确认或申请平台介入", b.Number, Money.Display(b.DamageFen)), null),
            RentalActions.ChargeAccepted => (null, settled),
            RentalActions.ChargeAcceptedByDeadline or RentalActions.Decided => (settled, settled),
            RentalActions.Disputed => (null, new Notice("租赁单 {0} 的买家对损坏扣款申请了平台介入", b.Number)),
            RentalActions.BalancePaid => (null, new Notice("租赁单 {0} 的买家已补缴 {1}", b.Number, Money.Display(b.BalanceDueFen))),
            RentalActions.Reminded => (new Notice("租赁单 {0} 已逾期 {1} 天，请尽快归还，逾期费每天 {2}", b.Number,
                (b.LastReminderOn!.Value.DayNumber - b.EndDate.DayNumber).ToString(), Money.Display(b.LateFeePerDayFen)), null),
            _ => (null, null),
        };
        if (toBuyer is not null && actor != RentalParty.Buyer)
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), b.BuyerId, Title, toBuyer.Body, toBuyer.Args, $"/rentals/bookings/{b.Id}"));
        if (toShop is not null && actor != RentalParty.Merchant
            && (await merchants.FindShopsAsync([b.ShopId], ct)).TryGetValue(b.ShopId, out var shop))
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shop.OwnerId, Title, toShop.Body, toShop.Args, $"/merchant/rentals/{b.Id}"));
    }
}
