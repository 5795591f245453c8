using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Requests;

/// Tells the other party of each step in their inbox (published with the change): the shop hears of new repairs, payments,
/// items sent, cancellations and the buyer's confirmation; the buyer of acceptance, quotes, refusals, receipt, parts and
/// work are not announced (the timeline shows them), the item shipped back, an expired quote.
internal static class RepairNotices
{
    private const string Title = "维修进展";

    private sealed record Notice(string Body, params string[] Args);

    public static async Task ChangedAsync(RepairDbContext db, IMerchantDirectory merchants, RepairRequest r, CancellationToken ct)
    {
        var last = r.Steps[^1];
        (Notice? toBuyer, Notice? toShop) = last.Action switch
        {
            RepairActions.Requested => (null, new Notice("订单 {0} 有新的维修申请 {1}", r.OrderNumber, r.Number)),
            RepairActions.Accepted => (new Notice("维修单 {0} 已受理（保修期内免费），请寄出或送修商品", r.Number), null),
            RepairActions.Quoted => (new Notice("维修单 {0} 的报价为 {1}，请在有效期内确认", r.Number, Money.Display(r.QuoteFen)), null),
            RepairActions.Refused => (new Notice("维修单 {0} 未被受理", r.Number), null),
            RepairActions.QuoteDeclined => (null, new Notice("维修单 {0} 的买家拒绝了报价", r.Number)),
            RepairActions.Paid => (null, new Notice("维修单 {0} 的买家已支付维修费 {1}", r.Number, Money.Display(r.PaidFen))),
            RepairActions.ItemSent or RepairActions.DroppedOff => (null, new Notice("维修单 {0} 的商品已寄出或送到店", r.Number)),
            RepairActions.Received => (new Notice("商家已收到维修单 {0} 的商品，开始维修", r.Number), null),
            RepairActions.ShippedBack => (new Notice("维修单 {0} 已修好寄回，运单号 {1}", r.Number, r.ReturnTrackingNumber ?? ""), null),
            RepairActions.Completed => (null, new Notice("维修单 {0} 的买家已确认收货，维修完成", r.Number)),
            RepairActions.Cancelled => (null, new Notice("维修单 {0} 已被买家取消", r.Number)),
            RepairActions.QuoteExpired => (new Notice("维修单 {0} 的报价已过期", r.Number), new Notice("维修单 {0} 的报价已过期", r.Number)),
            _ => (null, null),
        };
        if (toBuyer is not null)
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), r.BuyerId, Title, toBuyer.Body, toBuyer.Args, $"/repairs/{r.Id}"));
        if (toShop is not null && (await merchants.FindShopsAsync([r.ShopId], ct)).TryGetValue(r.ShopId, out var shop))
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shop.OwnerId, Title, toShop.Body, toShop.Args, $"/merchant/repairs/{r.Id}"));
    }
}
