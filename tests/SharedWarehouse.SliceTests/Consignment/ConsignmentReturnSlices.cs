using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Wallet;

namespace SharedWarehouse.SliceTests.Consignment;

/// Returns of consignment lines: buyer → reseller → supplier, with the buyer's refund and the settlement kept right.
public abstract class ConsignmentReturnSlices(AppFixture app)
{
    private async Task<(Supplier Supplier, Merchant Reseller, Guid Buyer, Guid OrderId, Guid LineId)> ShippedAsync()
    {
        var reseller = await app.MerchantAsync();
        var supplier = await app.SupplierAsync(sharedWith: reseller.ShopId);
        var listing = await app.ListingAsync(reseller, supplier, "150.00");
        var (buyer, orderId) = await app.PaidOrderAsync(listing, quantity: 2);
        var purchaseSub = (await app.PurchasesAsync(supplier.Merchant.ShopId)).Single().SubOrders.Single();
        (await app.SendAsync(new ShipSubOrder(supplier.Merchant.OwnerId, purchaseSub.Id, "SF", null, purchaseSub.Lines.ToDictionary(l => l.Id, l => l.Quantity))))
            .Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        return (supplier, reseller, buyer, orderId, (await app.OrderAsync(orderId)).SubOrders.Single().Lines.Single().Id);
    }

    private Task SettleAsync() => app.WithScopeAsync(sp => ConsignmentSettlementJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), default));

    private Task<ConsignmentSettlement> SettlementAsync(Guid resellerShop) =>
        app.QueryAsync<OrderingDbContext, ConsignmentSettlement>(db => db.ConsignmentSettlements.AsNoTracking().SingleAsync(s => s.ResellerShopId == resellerShop));

    [Fact]
    public async Task A_return_goes_through_the_reseller_to_the_supplier_and_before_settlement_cancels_it_and_refunds_the_buyer()
    {
        var (supplier, reseller, buyer, orderId, lineId) = await ShippedAsync();
        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new RequestConsignmentReturn(buyer, orderId, lineId, " "))).Errors.Single().Field.ShouldBe("Reason");
        var requested = await app.SendAsync(new RequestConsignmentReturn(buyer, orderId, lineId, "酒瓶破损"));
        requested.Errors.ShouldBeEmpty();
        (await app.SendAsync(new DecideConsignmentReturn(supplier.Merchant.OwnerId, requested.Value, true, null))).IsFailure
            .ShouldBeTrue("the supplier sees it only after the reseller approved");
        (await app.SendAsync(new ReviewConsignmentReturn(supplier.Merchant.OwnerId, requested.Value, true, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ReviewConsignmentReturn(reseller.OwnerId, requested.Value, true, "同意退货"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListConsignmentReturns(supplier.Merchant.OwnerId))).Single().SupplierCanDecide.ShouldBeTrue();
        (await app.SendAsync(new DecideConsignmentReturn(reseller.OwnerId, requested.Value, true, null))).IsNotFound.ShouldBeTrue();

        (await app.SendAsync(new DecideConsignmentReturn(supplier.Merchant.OwnerId, requested.Value, true, "已收到退货"))).Errors.ShouldBeEmpty();
        await SettleAsync();
        await app.DeliverAllAsync();
        (await app.QueryAsync<Modules.Inventory.Data.InventoryDbContext, long>(db => db.Balances.Where(b => b.SkuId == supplier.SkuId).SumAsync(b => b.OnHand)))
            .ShouldBe(10, "the returned bottles are back where they were shipped from");
        await app.LedgerShouldBalanceAsync();

        (await SettlementAsync(reseller.ShopId)).Status.ShouldBe(SettlementStatus.Cancelled);
        (await app.BalanceAsync(supplier.Merchant.ShopId)).BalanceFen.ShouldBe(0);
        (await app.BalanceAsync(reseller.ShopId)).BalanceFen.ShouldBe(0);
        var refunds = await app.QueryAsync<OrderingDbContext, List<string>>(db => db.OutboxMessages
            .Where(m => m.Type == typeof(RefundRequested).FullName && m.Payload.Contains(orderId.ToString())).Select(m => m.Payload).ToListAsync());
        refunds.Single().ShouldContain("\"AmountFen\":30000");
        (await app.SendAsync(new ListOrderReturns(buyer, orderId))).Single().Status.ShouldBe(ReturnStatus.Accepted);
    }

    [Fact]
    public async Task A_return_accepted_after_settlement_takes_both_shares_back_from_the_wallets_and_the_ledger_sums_to_zero()
    {
        var (supplier, reseller, buyer, orderId, lineId) = await ShippedAsync();
        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.ShouldBeEmpty();
        await SettleAsync();
        (await SettlementAsync(reseller.ShopId)).Status.ShouldBe(SettlementStatus.Settled);

        var id = (await app.SendAsync(new RequestConsignmentReturn(buyer, orderId, lineId, "不想要了"))).Value;
        (await app.SendAsync(new RequestConsignmentReturn(buyer, orderId, lineId, "再来一次"))).Errors.Single().Field.ShouldBe("LineId");
        (await app.SendAsync(new ReviewConsignmentReturn(reseller.OwnerId, id, true, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new DecideConsignmentReturn(supplier.Merchant.OwnerId, id, true, null))).Errors.ShouldBeEmpty();
        await SettleAsync();
        await SettleAsync(); // a repeat takes nothing twice

        var reversal = await app.QueryAsync<OrderingDbContext, SettlementReversal>(db => db.SettlementReversals.AsNoTracking().SingleAsync(r => r.ReturnId == id));
        reversal.ShouldSatisfyAllConditions(r => r.Done.ShouldBeTrue(), r => r.SupplierFen.ShouldBe(16000), r => r.ResellerFen.ShouldBe(12500));
        (await app.BalanceAsync(supplier.Merchant.ShopId)).BalanceFen.ShouldBe(0);
        (await app.BalanceAsync(reseller.ShopId)).BalanceFen.ShouldBe(0);
        var sums = await app.QueryAsync<WalletDbContext, long>(db => db.Entries.Where(e => e.ShopId == reseller.ShopId || e.ShopId == supplier.Merchant.ShopId).SumAsync(e => e.AmountFen));
        sums.ShouldBe(0);
        await app.LedgerShouldBalanceAsync(reseller.ShopId);
    }

    [Fact]
    public async Task A_reseller_rejection_needs_a_reason_and_ends_the_return_without_touching_money()
    {
        var (supplier, reseller, buyer, orderId, lineId) = await ShippedAsync();
        var id = (await app.SendAsync(new RequestConsignmentReturn(buyer, orderId, lineId, "颜色不喜欢"))).Value;

        (await app.SendAsync(new ReviewConsignmentReturn(reseller.OwnerId, id, false, ""))).Errors.Single().Field.ShouldBe("Note");
        (await app.SendAsync(new ReviewConsignmentReturn(reseller.OwnerId, id, false, "商品无质量问题"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListOrderReturns(buyer, orderId))).Single().ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(ReturnStatus.RejectedByReseller), r => r.ResellerNote.ShouldBe("商品无质量问题"));
        (await app.SendAsync(new ListConsignmentReturns(supplier.Merchant.OwnerId))).Single().SupplierCanDecide.ShouldBeFalse();
        (await app.SendAsync(new ListOrderReturns(await app.BuyerAsync(), orderId))).ShouldBeEmpty();
    }
}

public sealed class ConsignmentReturnsOnSqlite(SqliteApp app) : ConsignmentReturnSlices(app), IClassFixture<SqliteApp>;

public sealed class ConsignmentReturnsOnPostgreSql(PostgreSqlApp app) : ConsignmentReturnSlices(app), IClassFixture<PostgreSqlApp>;
