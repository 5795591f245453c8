using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Sharing;
using SharedWarehouse.Modules.Inventory.Features.Transfers;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Inventory;

public abstract class GrantTransferSlices(AppFixture app)
{
    private Task<string> ShopNameAsync(Merchant m) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IMerchantDirectory>().FindShopsAsync([m.ShopId], default))[m.ShopId].Name);

    private Task<int> GrantCountAsync(Guid shop) => app.QueryAsync<InventoryDbContext, int>(db => db.Grants.CountAsync(g => g.OwnerShopId == shop));

    [Fact]
    public async Task A_grant_made_from_the_form_resolves_the_sku_code_and_shop_name_and_refuses_what_it_cannot_resolve()
    {
        var owner = await app.StockedMerchantAsync();
        var partner = await app.MerchantAsync();
        var partnerName = await ShopNameAsync(partner);
        var ownName = await ShopNameAsync(owner.Merchant);
        var user = owner.Merchant.OwnerId;

        (await app.SendAsync(new CreateGrant(user, GrantScope.Sku, "NO-SUCH", null, false, "没有这家店"))).Errors.Select(e => e.Field)
            .ShouldBe(["SkuCode", "ShopName"], ignoreOrder: true);
        (await app.SendAsync(new CreateGrant(user, GrantScope.Sku, owner.SkuCode, null, false, ownName))).Errors.ShouldContain(e => e.Field == "ShopName");
        (await app.SendAsync(new CreateGrant(user, GrantScope.Sku, "", null, false, " "))).Errors.Select(e => e.Field).ShouldBe(["SkuCode", "ShopName"], ignoreOrder: true);
        (await app.SendAsync(new CreateGrant(user, GrantScope.Warehouse, null, Guid.NewGuid(), true, null))).Errors.ShouldContain(e => e.Field == "WarehouseId");
        (await GrantCountAsync(owner.Merchant.ShopId)).ShouldBe(0);

        var toPartner = await app.SendAsync(new CreateGrant(user, GrantScope.Sku, owner.SkuCode, null, false, " " + partnerName.ToLowerInvariant() + " "));
        var toEveryone = await app.SendAsync(new CreateGrant(user, GrantScope.Warehouse, null, owner.WarehouseId, true, null));
        var again = await app.SendAsync(new CreateGrant(user, GrantScope.Warehouse, null, owner.WarehouseId, true, null));

        toPartner.Errors.ShouldBeEmpty();
        toEveryone.Errors.ShouldBeEmpty();
        again.Errors.ShouldContain(e => e.Field == "Scope");
        var stored = await app.QueryAsync<InventoryDbContext, SharingGrant>(db => db.Grants.SingleAsync(g => g.Id == toPartner.Value));
        stored.GranteeShopId.ShouldBe(partner.ShopId);
        stored.TargetId.ShouldBe(owner.SkuId);
        (await GrantCountAsync(owner.Merchant.ShopId)).ShouldBe(2);
    }

    [Fact]
    public async Task The_grant_list_shows_only_the_merchant_s_own_grants_by_name_with_totals()
    {
        var owner = await app.StockedMerchantAsync();
        var partner = await app.MerchantAsync();
        var other = await app.StockedMerchantAsync();
        (await app.SendAsync(new ShareStock(owner.Merchant.OwnerId, GrantScope.Sku, owner.SkuId, partner.ShopId))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShareStock(owner.Merchant.OwnerId, GrantScope.Warehouse, owner.WarehouseId, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShareStock(other.Merchant.OwnerId, GrantScope.Sku, other.SkuId, null))).Errors.ShouldBeEmpty();
        var warehouseName = await app.QueryAsync<InventoryDbContext, string>(db => db.Warehouses.Where(w => w.Id == owner.WarehouseId).Select(w => w.Name).SingleAsync());

        var list = await app.SendAsync(new ListGrants(owner.Merchant.OwnerId, PageSize: 1));
        var all = await app.SendAsync(new ListGrants(owner.Merchant.OwnerId));

        list.Page.Total.ShouldBe(2);
        list.Page.Items.Count.ShouldBe(1);
        list.Page.PageCount.ShouldBe(2);
        (list.SkuGrants, list.WarehouseGrants).ShouldBe((1, 1));
        var sku = all.Page.Items.Single(g => g.Scope == GrantScope.Sku);
        sku.Target.ShouldBe($"{owner.SkuCode} · 酱香型白酒");
        sku.GranteeName.ShouldBe(await ShopNameAsync(partner));
        var warehouse = all.Page.Items.Single(g => g.Scope == GrantScope.Warehouse);
        warehouse.Target.ShouldBe(warehouseName);
        warehouse.GranteeName.ShouldBeNull();
        (await app.SendAsync(new ListGrants(partner.OwnerId))).Page.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Shared_with_me_lists_others_stock_under_grants_to_my_shop_or_everyone_once_and_never_a_third_shop_s()
    {
        var owner = await app.StockedMerchantAsync();
        var partner = await app.MerchantAsync();
        var stranger = await app.MerchantAsync();
        var ownerName = await ShopNameAsync(owner.Merchant);
        var (secondSku, secondCode) = await app.SkuAsync(owner.Merchant);
        await app.ReceiveAsync(owner.Merchant.OwnerId, owner.WarehouseId, InventoryGiven.Line(secondCode, owner.BinId, 40));
        (await app.SendAsync(new ShareStock(owner.Merchant.OwnerId, GrantScope.Sku, owner.SkuId, partner.ShopId))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShareStock(owner.Merchant.OwnerId, GrantScope.Sku, secondSku, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShareStock(owner.Merchant.OwnerId, GrantScope.Warehouse, owner.WarehouseId, partner.ShopId))).Errors.ShouldBeEmpty();

        List<SharedStockRow> Of(SharedStockList list) => list.Page.Items.Where(r => r.OwnerName == ownerName).OrderBy(r => r.SkuCode).ToList();
        var partnerSees = Of(await app.SendAsync(new ListSharedWithMe(partner.OwnerId, PageSize: 100)));
        var strangerSees = Of(await app.SendAsync(new ListSharedWithMe(stranger.OwnerId, PageSize: 100)));
        var ownerSees = Of(await app.SendAsync(new ListSharedWithMe(owner.Merchant.OwnerId, PageSize: 100)));

        // The second SKU is covered by two grants to the partner (warehouse, platform) and still counted once.
        partnerSees.Select(r => (r.SkuCode, r.Available, r.WholePlatform)).ShouldBe(
            new[] { (owner.SkuCode, 100L, false), (secondCode, 40L, false) }.OrderBy(r => r.Item1).ToList());
        partnerSees.ShouldAllBe(r => r.ProductName == "酱香型白酒" && r.WarehouseName.StartsWith("杭州仓"));
        strangerSees.Select(r => (r.SkuCode, r.Available, r.WholePlatform)).ShouldBe([(secondCode, 40L, true)]);
        ownerSees.ShouldBeEmpty();
    }

    [Fact]
    public async Task Transfers_are_listed_by_name_and_status_with_the_in_transit_total_only_to_their_shop()
    {
        var s = await app.StockedMerchantAsync();
        var (target, targetBin) = await app.WarehouseAsync(s.Merchant.OwnerId, "T-01");
        var balance = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Balances.Where(b => b.SkuId == s.SkuId).Select(b => b.Id).SingleAsync());
        var first = await app.SendAsync(new ShipTransfer(s.Merchant.OwnerId, balance, target, targetBin, 30));
        var second = await app.SendAsync(new ShipTransfer(s.Merchant.OwnerId, balance, target, targetBin, 5));
        first.Errors.ShouldBeEmpty();
        second.Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReceiveTransfer(s.Merchant.OwnerId, first.Value))).Errors.ShouldBeEmpty();
        var other = await app.MerchantAsync();

        var all = await app.SendAsync(new ListTransfers(s.Merchant.OwnerId, null));
        var inTransit = await app.SendAsync(new ListTransfers(s.Merchant.OwnerId, TransferStatus.InTransit));

        all.Page.Total.ShouldBe(2);
        all.InTransitQuantity.ShouldBe(5);
        inTransit.Page.Items.Single().Id.ShouldBe(second.Value);
        inTransit.InTransitQuantity.ShouldBe(5);
        var received = all.Page.Items.Single(t => t.Id == first.Value);
        received.Status.ShouldBe(TransferStatus.Received);
        received.ReceivedUtc.ShouldNotBeNull();
        (received.SkuCode, received.ProductName, received.Lot, received.FromBin, received.ToBin, received.Quantity).ShouldBe((s.SkuCode, "酱香型白酒", "L1", "A-01-01", "T-01", 30L));
        received.Number.ShouldStartWith("DB-");
        var otherList = await app.SendAsync(new ListTransfers(other.OwnerId, null));
        otherList.Page.Total.ShouldBe(0);
        otherList.InTransitQuantity.ShouldBe(0);
    }

    [Fact]
    public async Task The_stock_list_names_skus_and_filters_by_keyword_and_a_balance_is_only_found_by_its_owner()
    {
        var s = await app.StockedMerchantAsync();
        var (_, otherCode) = await app.SkuAsync(s.Merchant);
        await app.ReceiveAsync(s.Merchant.OwnerId, s.WarehouseId, InventoryGiven.Line(otherCode, s.BinId, 7));
        var other = await app.MerchantAsync();
        var balance = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Balances.Where(b => b.SkuId == s.SkuId).Select(b => b.Id).SingleAsync());

        var byCode = await app.SendAsync(new ListStock(s.Merchant.OwnerId, null, null, null, Keyword: s.SkuCode));
        var byName = await app.SendAsync(new ListStock(s.Merchant.OwnerId, null, null, null, Keyword: "酱香"));
        var none = await app.SendAsync(new ListStock(s.Merchant.OwnerId, null, null, null, Keyword: "不存在的商品"));

        byCode.Page.Items.Single().SkuCode.ShouldBe(s.SkuCode);
        byCode.Page.Items.Single().ProductName.ShouldBe("酱香型白酒");
        byCode.TotalOnHand.ShouldBe(100);
        byName.Page.Total.ShouldBe(2);
        byName.TotalOnHand.ShouldBe(107);
        none.Page.Total.ShouldBe(0);
        (await app.SendAsync(new ListStock(other.OwnerId, null, null, null, Keyword: s.SkuCode))).Page.Total.ShouldBe(0);
        var view = await app.SendAsync(new GetStockBalance(s.Merchant.OwnerId, balance));
        view.ShouldNotBeNull();
        (view.SkuCode, view.Bin, view.Available).ShouldBe((s.SkuCode, "A-01-01", 100L));
        (await app.SendAsync(new GetStockBalance(other.OwnerId, balance))).ShouldBeNull();
    }
}

public sealed class GrantTransferOnSqlite(SqliteApp app) : GrantTransferSlices(app), IClassFixture<SqliteApp>;

public sealed class GrantTransferOnPostgreSql(PostgreSqlApp app) : GrantTransferSlices(app), IClassFixture<PostgreSqlApp>;
