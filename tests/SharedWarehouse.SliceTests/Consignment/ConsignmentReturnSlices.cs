using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Buyer;
using SharedWarehouse.Modules.Returns.Features.Merchant;
using SharedWarehouse.Modules.Returns.Features.Queries;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SliceTests.Returns;
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

/// After-sales of consignment lines (one model for every sale): the reseller answers the request, the supplier receives and
/// inspects the goods, and the buyer's refund and the settlement stay right.
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

    private async Task<Guid> AgreedAsync(Merchant reseller, Guid buyer, Guid orderId, Guid lineId, string reason = AfterSaleReasons.NoReason)
    {
        var subOrderId = (await app.OrderAsync(orderId)).SubOrders.Single().Id;
        var opened = await app.SendAsync(new OpenAfterSale(buyer, subOrderId, AfterSaleKind.ReturnAndRefund, reason, "酒瓶破损", new Dictionary<Guid, int> { [lineId] = 2 }, null));
        opened.Errors.ShouldBeEmpty();
        (await app.SendAsync(new AgreeAfterSale(reseller.OwnerId, opened.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShipBackAfterSale(buyer, opened.Value, "SF", "SF1234567890"))).Errors.ShouldBeEmpty();
        return opened.Value;
    }

    [Fact]
    public async Task A_return_is_answered_by_the_reseller_received_by_the_supplier_and_before_settlement_cancels_it_and_refunds_the_buyer()
    {
        var (supplier, reseller, buyer, orderId, lineId) = await ShippedAsync();
        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.ShouldBeEmpty();
        var subOrderId = (await app.OrderAsync(orderId)).SubOrders.Single().Id;

        // Consignment goods go back to the supplier: no exchange, no partial refund for keeping them.
        (await app.SendAsync(new OpenAfterSale(buyer, subOrderId, AfterSaleKind.RefundOnly, AfterSaleReasons.NoReason, null, new Dictionary<Guid, int> { [lineId] = 1 }, null)))
            .Errors.Single().Field.ShouldBe($"Quantities[{lineId}]");
        var opened = await app.SendAsync(new OpenAfterSale(buyer, subOrderId, AfterSaleKind.ReturnAndRefund, "商品破损", "酒瓶破损", new Dictionary<Guid, int> { [lineId] = 2 }, null));
        opened.Errors.ShouldBeEmpty();
        var id = opened.Value;
        (await app.RequestAsync(id)).SupplierShopId.ShouldBe(supplier.Merchant.ShopId);
        // The supplier sees the request but only the reseller answers it.
        (await app.SendAsync(new AgreeAfterSale(supplier.Merchant.OwnerId, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new GetAfterSale(AfterSaleViewer.Merchant, supplier.Merchant.OwnerId, id))).ShouldNotBeNull();
        (await app.SendAsync(new OfferAfterSaleAmount(reseller.OwnerId, id, "100.00", null))).Errors.Single().Field.ShouldBe("Amount");
        (await app.SendAsync(new AgreeAfterSale(reseller.OwnerId, id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShipBackAfterSale(buyer, id, "SF", "SF1234567890"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListShopAfterSales(supplier.Merchant.OwnerId, DeskFilter.ToReceive, 1)))!.Rows.Items.Single().Id.ShouldBe(id);
        (await app.SendAsync(new ListShopAfterSales(reseller.OwnerId, DeskFilter.ToReceive, 1)))!.Rows.Items.ShouldBeEmpty();

        // The goods come to the supplier: only it inspects them.
        (await app.SendAsync(new ReceiveReturnedGoods(reseller.OwnerId, id, true, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ReceiveReturnedGoods(supplier.Merchant.OwnerId, id, true, "已收到退货"))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
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
        (await app.RequestAsync(id)).Status.ShouldBe(AfterSaleStatus.Refunded);
    }

    [Fact]
    public async Task A_return_refunded_before_the_receipt_is_left_out_of_the_settlement()
    {
        var (supplier, reseller, buyer, orderId, lineId) = await ShippedAsync();
        var id = await AgreedAsync(reseller, buyer, orderId, lineId);
        (await app.SendAsync(new ReceiveReturnedGoods(supplier.Merchant.OwnerId, id, true, null))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.ShouldBeEmpty();
        await SettleAsync();
        (await SettlementAsync(reseller.ShopId)).ShouldSatisfyAllConditions(s => s.Status.ShouldBe(SettlementStatus.Cancelled), s => s.RetailFen.ShouldBe(0),
            s => s.WholesaleFen.ShouldBe(0));
        (await app.BalanceAsync(supplier.Merchant.ShopId)).BalanceFen.ShouldBe(0);
    }

    [Fact]
    public async Task A_return_accepted_after_settlement_takes_both_shares_back_from_the_wallets_and_the_ledger_sums_to_zero()
    {
        var (supplier, reseller, buyer, orderId, lineId) = await ShippedAsync();
        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.ShouldBeEmpty();
        await SettleAsync();
        (await SettlementAsync(reseller.ShopId)).Status.ShouldBe(SettlementStatus.Settled);

        var id = await AgreedAsync(reseller, buyer, orderId, lineId);
        (await app.SendAsync(new ReceiveReturnedGoods(supplier.Merchant.OwnerId, id, true, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReceiveReturnedGoods(supplier.Merchant.OwnerId, id, true, null))).Errors.Single().Code.ShouldBe("conflict");
        await app.DeliverAllAsync();
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
    public async Task Goods_the_supplier_refuses_leave_the_money_alone_and_the_buyer_can_take_it_to_the_platform()
    {
        var (supplier, reseller, buyer, orderId, lineId) = await ShippedAsync();
        var id = await AgreedAsync(reseller, buyer, orderId, lineId);
        (await app.SendAsync(new ReceiveReturnedGoods(supplier.Merchant.OwnerId, id, false, ""))).Errors.Single().Field.ShouldBe("Note");
        (await app.SendAsync(new ReceiveReturnedGoods(supplier.Merchant.OwnerId, id, false, "退回的是空瓶"))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        var request = await app.RequestAsync(id);
        (request.Status, request.RefundedFen, request.CanEscalate).ShouldBe((AfterSaleStatus.Refused, 0L, true));
        (await app.OrderAsync(orderId)).RefundFen.ShouldBe(0);
        (await app.SendAsync(new GetAfterSale(AfterSaleViewer.Buyer, await app.BuyerAsync(), id))).ShouldBeNull();
    }
}

public sealed class ConsignmentReturnsOnSqlite(SqliteApp app) : ConsignmentReturnSlices(app), IClassFixture<SqliteApp>;

public sealed class ConsignmentReturnsOnPostgreSql(PostgreSqlApp app) : ConsignmentReturnSlices(app), IClassFixture<PostgreSqlApp>;
