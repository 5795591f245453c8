using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Requests;

/// Tells the other party what just happened to a request, in their inbox (published with the change): the shop hears
/// of new requests, goods sent back, escalations and withdrawals; the buyer of the merchant's answers and the money;
/// both of the platform's decision and of a request closed by the deadline.
internal static class AfterSaleNotices
{
    private const string Title = "售后进展";

    public static async Task OpenedAsync(ReturnsDbContext db, IMerchantDirectory merchants, AfterSaleRequest r, CancellationToken ct)
    {
        if (await ShopOwnerAsync(merchants, r.ShopId, ct) is { } owner)
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), owner, "新的售后申请", "订单 {0} 有新的售后申请 {1}，请及时处理",
                [r.SubOrderNumber, r.Number], $"/merchant/after-sales/{r.Id}"));
    }

    private sealed record Notice(string Body, params string[] Args);

    /// After a transition: whoever did not act hears of it (the refund step is the system's, so the actor is the one
    /// before it: a merchant's agreement tells the buyer only, the deadline job tells both).
    public static async Task ChangedAsync(ReturnsDbContext db, IMerchantDirectory merchants, AfterSaleRequest r, CancellationToken ct)
    {
        var actor = r.Steps.LastOrDefault(s => s.Action != AfterSaleActions.Refunded)?.Party ?? AfterSaleParty.System;
        var refunded = new Notice("售后单 {0} 已退款 {1}", r.Number, Money.Display(r.RefundedFen));
        var closed = new Notice("售后单 {0} 已关闭", r.Number);
        (Notice? toBuyer, Notice? toShop) = r.Status switch
        {
            AfterSaleStatus.Refunded => (refunded, refunded),
            AfterSaleStatus.Exchanged => (new Notice("售后单 {0} 的换货商品已安排发出，可在我的订单中查看物流", r.Number),
                new Notice("售后单 {0} 的换货已生成换货订单，请在订单中发货", r.Number)),
            AfterSaleStatus.AwaitingReturn => (new Notice("售后单 {0} 已同意，请寄回商品并填写运单号", r.Number),
                actor == AfterSaleParty.Platform ? new Notice("平台已裁定售后单 {0}：买家寄回商品后请退款", r.Number) : null),
            AfterSaleStatus.Refused => (new Notice("售后单 {0} 被商家拒绝，可以申请平台介入", r.Number), null),
            AfterSaleStatus.CounterOffered => (new Notice("商家对售后单 {0} 提议退款 {1}", r.Number, Money.Display(r.OfferedFen ?? 0)), null),
            AfterSaleStatus.AwaitingReceipt => (null, new Notice("售后单 {0} 的买家已寄回商品，运单号 {1}", r.Number, r.ReturnTrackingNumber ?? "")),
            AfterSaleStatus.Escalated => (null, new Notice("售后单 {0} 的买家已申请平台介入", r.Number)),
            AfterSaleStatus.Withdrawn => (null, new Notice("售后单 {0} 已被买家撤销", r.Number)),
            AfterSaleStatus.Closed => (closed, closed),
            _ => (null, null),
        };
        if (toBuyer is not null && actor != AfterSaleParty.Buyer)
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), r.BuyerId, Title, toBuyer.Body, toBuyer.Args, $"/after-sales/{r.Id}"));
        // Goods on their way back are for the shop that receives them (a consignment sale's supplier).
        var shopId = r.Status == AfterSaleStatus.AwaitingReceipt ? r.ReceivingShopId : r.ShopId;
        if (toShop is not null && actor != AfterSaleParty.Merchant && await ShopOwnerAsync(merchants, shopId, ct) is { } owner)
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), owner, Title, toShop.Body, toShop.Args, $"/merchant/after-sales/{r.Id}"));
    }

    private static async Task<Guid?> ShopOwnerAsync(IMerchantDirectory merchants, Guid shopId, CancellationToken ct) =>
        (await merchants.FindShopsAsync([shopId], ct)).TryGetValue(shopId, out var shop) ? shop.OwnerId : null;
}
