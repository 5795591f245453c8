using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Sharing;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.Modules.Inventory.Jobs;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Inventory;

public abstract class InventorySlices(AppFixture app)
{
    private static ReserveStock Reserve(Guid sku, long qty, Guid requester, string? reference = null, int minutes = 15) =>
        new(sku, qty, TimeSpan.FromMinutes(minutes), reference ?? "SO-" + Guid.NewGuid().ToString("N")[..12], requester);

    [Fact]
    public async Task A_merchant_opens_a_warehouse_with_zones_and_bins_and_bad_input_is_refused_by_field()
    {
        var merchant = await app.MerchantAsync();
        var (warehouse, _) = await app.WarehouseAsync(merchant.OwnerId);

        var bad = await app.SendAsync(new OpenWarehouse(merchant.OwnerId, "", "999999", "", 91m, null));
        var duplicateBin = await app.SendAsync(new AddBin(merchant.OwnerId, warehouse, "A", "a-01-01"));

        bad.Errors.Select(e => e.Field).ShouldBe(["Name", "RegionCode", "Address", "Latitude"], ignoreOrder: true);
        duplicateBin.Errors.ShouldContain(e => e.Field == "Code");
        var stored = await app.QueryAsync<InventoryDbContext, Warehouse>(db => db.Warehouses.Include(w => w.Bins).SingleAsync(w => w.Id == warehouse));
        stored.OwnerShopId.ShouldBe(merchant.ShopId);
        stored.Bins.Single().Zone.ShouldBe("A");
    }

    [Fact]
    public async Task Posting_a_receipt_creates_stock_owned_by_the_merchant_with_expiry_from_shelf_life_and_a_ledger_movement()
    {
        var merchant = await app.MerchantAsync();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        var (sku, code) = await app.SkuAsync(merchant);

        var receipt = await app.ReceiveAsync(merchant.OwnerId, warehouse,
            InventoryGiven.Line(code, bin, 60, "L1", produced: new DateOnly(2026, 1, 1)), InventoryGiven.Line(code, bin, 40, "L2", expires: new DateOnly(2027, 5, 1)));

        (await app.AvailableAsync(sku)).ShouldBe(100);
        var balances = await app.QueryAsync<InventoryDbContext, List<StockBalance>>(db => db.Balances.Where(b => b.SkuId == sku).OrderBy(b => b.Lot).ToListAsync());
        balances.Select(b => b.OwnerShopId).ShouldAllBe(o => o == merchant.ShopId);
        balances[0].ExpiryDate.ShouldBe(new DateOnly(2026, 1, 1).AddDays(3650));
        balances[1].ExpiryDate.ShouldBe(new DateOnly(2027, 5, 1));
        (await app.QueryAsync<InventoryDbContext, int>(db => db.Movements.CountAsync(m => m.DocumentId == receipt && m.UserId == merchant.OwnerId))).ShouldBe(2);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task A_posted_receipt_never_changes_and_is_corrected_by_a_reversing_document()
    {
        var s = await app.StockedMerchantAsync();
        var receipt = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Receipts.Where(r => r.ShopId == s.Merchant.ShopId).Select(r => r.Id).SingleAsync());

        (await app.SendAsync(new PostReceipt(s.Merchant.OwnerId, receipt))).Errors.ShouldContain(e => e.Code == "conflict");
        var reversal = await app.SendAsync(new ReverseReceipt(s.Merchant.OwnerId, receipt));
        var again = await app.SendAsync(new ReverseReceipt(s.Merchant.OwnerId, receipt));

        reversal.Errors.ShouldBeEmpty();
        again.Errors.ShouldContain(e => e.Code == "conflict");
        (await app.AvailableAsync(s.SkuId)).ShouldBe(0);
        var lines = await app.QueryAsync<InventoryDbContext, List<long>>(db => db.Receipts.Where(r => r.Id == reversal.Value).SelectMany(r => r.Lines.Select(l => l.Quantity)).ToListAsync());
        lines.ShouldBe([-100]);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task Reserved_stock_cannot_be_reversed_away()
    {
        var s = await app.StockedMerchantAsync();
        var receipt = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Receipts.Where(r => r.ShopId == s.Merchant.ShopId).Select(r => r.Id).SingleAsync());
        (await app.StockAsync(r => r.ReserveAsync(Reserve(s.SkuId, 1, s.Merchant.ShopId), default))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new ReverseReceipt(s.Merchant.OwnerId, receipt))).Errors.ShouldContain(e => e.Code == "conflict");
        (await app.AvailableAsync(s.SkuId)).ShouldBe(99);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task Receipts_with_bad_lines_are_refused_line_by_line_and_write_nothing()
    {
        var s = await app.StockedMerchantAsync();
        var (_, otherBin) = await app.WarehouseAsync(s.Merchant.OwnerId, "B-01");

        var result = await app.SendAsync(new CreateReceipt(s.Merchant.OwnerId, s.WarehouseId, "供应商",
            [InventoryGiven.Line("NO-SUCH", s.BinId), InventoryGiven.Line(s.SkuCode, otherBin), InventoryGiven.Line(s.SkuCode, s.BinId, produced: new DateOnly(2026, 2, 1), expires: new DateOnly(2026, 1, 1))]));
        var empty = await app.SendAsync(new CreateReceipt(s.Merchant.OwnerId, s.WarehouseId, "", []));

        result.Errors.Select(e => e.Field).ShouldBe(["Lines[0].SkuCode", "Lines[1].BinId", "Lines[2].ExpiryDate"]);
        empty.Errors.Select(e => e.Field).ShouldContain("Supplier");
        (await app.QueryAsync<InventoryDbContext, int>(db => db.Receipts.CountAsync(r => r.ShopId == s.Merchant.ShopId))).ShouldBe(1);
    }

    [Fact]
    public async Task Reservations_allocate_first_expired_first_out_and_release_and_confirm_keep_the_ledger()
    {
        var merchant = await app.MerchantAsync();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        var (sku, code) = await app.SkuAsync(merchant);
        await app.ReceiveAsync(merchant.OwnerId, warehouse,
            InventoryGiven.Line(code, bin, 10, "LATE", expires: new DateOnly(2028, 1, 1)), InventoryGiven.Line(code, bin, 10, "EARLY", expires: new DateOnly(2027, 1, 1)));

        var first = Reserve(sku, 15, merchant.ShopId);
        (await app.StockAsync(r => r.ReserveAsync(first, default))).Errors.ShouldBeEmpty();
        var byLot = await app.QueryAsync<InventoryDbContext, Dictionary<string, long>>(db => db.Balances.Where(b => b.SkuId == sku).ToDictionaryAsync(b => b.Lot, b => b.Reserved));
        byLot["EARLY"].ShouldBe(10);
        byLot["LATE"].ShouldBe(5);
        (await app.StockAsync(r => r.ReserveAsync(Reserve(sku, 6, merchant.ShopId), default))).Errors.ShouldContain(e => e.Code == "conflict");
        (await app.StockAsync(r => r.ReserveAsync(first, default))).Errors.ShouldContain(e => e.Code == "conflict"); // same reference twice
        (await app.AvailableAsync(sku)).ShouldBe(5);

        (await app.StockAsync(r => r.ConfirmAsync(first.Reference, default))).Errors.ShouldBeEmpty();
        (await app.StockAsync(r => r.ReleaseAsync(first.Reference, default))).Errors.ShouldContain(e => e.Code == "conflict");
        var second = Reserve(sku, 5, merchant.ShopId);
        (await app.StockAsync(r => r.ReserveAsync(second, default))).Errors.ShouldBeEmpty();
        (await app.StockAsync(r => r.ReleaseAsync(second.Reference, default))).Errors.ShouldBeEmpty();

        (await app.AvailableAsync(sku)).ShouldBe(5);
        (await app.QueryAsync<InventoryDbContext, long>(db => db.Balances.Where(b => b.SkuId == sku).SumAsync(b => b.OnHand))).ShouldBe(5);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task Expired_reservations_are_returned_by_the_job()
    {
        var s = await app.StockedMerchantAsync();
        (await app.StockAsync(r => r.ReserveAsync(Reserve(s.SkuId, 30, s.Merchant.ShopId, minutes: 10), default))).Errors.ShouldBeEmpty();
        (await app.StockAsync(r => r.ReserveAsync(Reserve(s.SkuId, 20, s.Merchant.ShopId, minutes: 60), default))).Errors.ShouldBeEmpty();

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        await ExpireReservationsJob.RunAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, default);

        (await app.AvailableAsync(s.SkuId)).ShouldBe(80);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task Stock_age_and_turnover_come_from_receipt_times_and_shipments()
    {
        var s = await app.StockedMerchantAsync();
        var reservation = Reserve(s.SkuId, 50, s.Merchant.ShopId);
        (await app.StockAsync(r => r.ReserveAsync(reservation, default))).Errors.ShouldBeEmpty();
        (await app.StockAsync(r => r.ConfirmAsync(reservation.Reference, default))).Errors.ShouldBeEmpty();
        app.Clock.Advance(TimeSpan.FromDays(10));

        var analysis = (await app.SendAsync(new Modules.Inventory.Features.Queries.AnalyseStock(s.Merchant.OwnerId))).Single();

        analysis.OnHand.ShouldBe(50);
        analysis.AgeDays.ShouldBe(10);
        analysis.Shipped30.ShouldBe(50);
        analysis.Turnover30.ShouldBe(1m);
        analysis.Code.ShouldBe(s.SkuCode, "named by the SKU code merchants know, not its id");
        analysis.ProductName.ShouldNotBeNullOrWhiteSpace();
        analysis.Label.ShouldStartWith(s.SkuCode + " " + analysis.ProductName);
        (await app.SendAsync(new Modules.Inventory.Features.Queries.AnalyseStock((await app.MerchantAsync()).OwnerId))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_ledger_check_reports_a_balance_that_drifted_from_its_movements()
    {
        var s = await app.StockedMerchantAsync();
        var balance = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Balances.Where(b => b.SkuId == s.SkuId).Select(b => b.Id).SingleAsync());
        Task<int> Tamper(long by) => app.QueryAsync<InventoryDbContext, int>(db =>
            db.Balances.Where(b => b.Id == balance).ExecuteUpdateAsync(x => x.SetProperty(b => b.OnHand, b => b.OnHand + by)));

        await Tamper(1);
        var mismatches = await app.SendAsync(new Modules.Inventory.Features.Ledger.CheckLedger());
        await Tamper(-1); // the fixture's database is shared by this class's tests

        mismatches.ShouldBe([new Modules.Inventory.Features.Ledger.LedgerMismatch(balance, 101, 0, 100)]);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task A_transfer_leaves_the_source_is_in_transit_and_arrives_with_its_lot_dates_only_for_its_owner()
    {
        var s = await app.StockedMerchantAsync();
        var (target, targetBin) = await app.WarehouseAsync(s.Merchant.OwnerId, "T-01");
        var balance = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Balances.Where(b => b.SkuId == s.SkuId).Select(b => b.Id).SingleAsync());
        var other = await app.MerchantAsync();

        (await app.SendAsync(new Modules.Inventory.Features.Transfers.ShipTransfer(other.OwnerId, balance, target, targetBin, 10))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new Modules.Inventory.Features.Transfers.ShipTransfer(s.Merchant.OwnerId, balance, target, targetBin, 101))).Errors.ShouldContain(e => e.Code == "conflict");
        (await app.SendAsync(new Modules.Inventory.Features.Transfers.ShipTransfer(s.Merchant.OwnerId, balance, s.WarehouseId, s.BinId, 1))).Errors.ShouldContain(e => e.Field == "ToWarehouseId");
        var shipped = await app.SendAsync(new Modules.Inventory.Features.Transfers.ShipTransfer(s.Merchant.OwnerId, balance, target, targetBin, 30));
        shipped.Errors.ShouldBeEmpty();
        (await app.AvailableAsync(s.SkuId)).ShouldBe(70); // 30 in transit, in no warehouse

        (await app.SendAsync(new Modules.Inventory.Features.Transfers.ReceiveTransfer(other.OwnerId, shipped.Value))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new Modules.Inventory.Features.Transfers.ReceiveTransfer(s.Merchant.OwnerId, shipped.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Inventory.Features.Transfers.ReceiveTransfer(s.Merchant.OwnerId, shipped.Value))).Errors.ShouldContain(e => e.Code == "conflict");

        (await app.AvailableAsync(s.SkuId)).ShouldBe(100);
        var arrived = await app.QueryAsync<InventoryDbContext, StockBalance>(db => db.Balances.SingleAsync(b => b.SkuId == s.SkuId && b.WarehouseId == target));
        var source = await app.QueryAsync<InventoryDbContext, StockBalance>(db => db.Balances.SingleAsync(b => b.Id == balance));
        arrived.OnHand.ShouldBe(30);
        arrived.ExpiryDate.ShouldBe(source.ExpiryDate);
        arrived.Lot.ShouldBe(source.Lot);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task Bad_reservation_requests_are_refused()
    {
        var s = await app.StockedMerchantAsync();
        (await app.StockAsync(r => r.ReserveAsync(Reserve(s.SkuId, 0, s.Merchant.ShopId), default))).Errors.ShouldContain(e => e.Field == "Quantity");
        (await app.StockAsync(r => r.ReserveAsync(Reserve(s.SkuId, 1, s.Merchant.ShopId) with { Reference = " " }, default))).Errors.ShouldContain(e => e.Field == "Reference");
        (await app.StockAsync(r => r.ReserveAsync(Reserve(s.SkuId, 101, s.Merchant.ShopId), default))).Errors.ShouldContain(e => e.Code == "conflict");
        (await app.StockAsync(r => r.ReleaseAsync("NOPE", default))).IsNotFound.ShouldBeTrue();
        (await app.AvailableAsync(s.SkuId)).ShouldBe(100);
    }

    [Fact]
    public async Task Stock_in_a_platform_warehouse_stays_owned_by_each_merchant()
    {
        var (shared, bin) = await app.WarehouseAsync(null);
        var a = await app.MerchantAsync();
        var b = await app.MerchantAsync();
        var (skuA, codeA) = await app.SkuAsync(a);
        var (skuB, codeB) = await app.SkuAsync(b);

        await app.ReceiveAsync(a.OwnerId, shared, InventoryGiven.Line(codeA, bin, 7));
        await app.ReceiveAsync(b.OwnerId, shared, InventoryGiven.Line(codeB, bin, 9));

        (await app.AvailableAsync(skuA)).ShouldBe(7);
        (await app.AvailableAsync(skuB)).ShouldBe(9);
        (await app.QueryAsync<InventoryDbContext, List<Guid>>(db => db.Balances.Where(x => x.WarehouseId == shared).Select(x => x.OwnerShopId).ToListAsync()))
            .ShouldBe([a.ShopId, b.ShopId], ignoreOrder: true);
        (await app.SendAsync(new AddBin(a.OwnerId, shared, "Z", "Z-1"))).IsNotFound.ShouldBeTrue(); // merchants cannot rearrange the platform's bins
    }

    [Fact]
    public async Task Sharing_grants_decide_who_sees_and_reserves_others_stock()
    {
        var owner = await app.StockedMerchantAsync();
        var partner = await app.MerchantAsync();
        var stranger = await app.MerchantAsync();

        (await app.StockAsync(r => r.ReserveAsync(Reserve(owner.SkuId, 1, partner.ShopId), default))).Errors.ShouldContain(e => e.Code == "conflict");
        var grant = await app.SendAsync(new ShareStock(owner.Merchant.OwnerId, GrantScope.Sku, owner.SkuId, partner.ShopId));
        grant.Errors.ShouldBeEmpty();

        var seenByPartner = await app.WithScopeAsync(sp => sp.GetRequiredService<IStockAvailability>().SharedWithAsync(partner.ShopId, [owner.SkuId], default));
        var seenByStranger = await app.WithScopeAsync(sp => sp.GetRequiredService<IStockAvailability>().SharedWithAsync(stranger.ShopId, [owner.SkuId], default));
        seenByPartner.ShouldBe([new SharedStock(owner.SkuId, owner.Merchant.ShopId, owner.WarehouseId, 100)]);
        seenByStranger.ShouldBeEmpty();
        (await app.StockAsync(r => r.ReserveAsync(Reserve(owner.SkuId, 4, partner.ShopId), default))).Errors.ShouldBeEmpty();
        (await app.StockAsync(r => r.ReserveAsync(Reserve(owner.SkuId, 1, stranger.ShopId), default))).Errors.ShouldContain(e => e.Code == "conflict");

        (await app.SendAsync(new RevokeGrant(stranger.OwnerId, grant.Value))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new RevokeGrant(owner.Merchant.OwnerId, grant.Value))).Errors.ShouldBeEmpty();
        (await app.StockAsync(r => r.ReserveAsync(Reserve(owner.SkuId, 1, partner.ShopId), default))).Errors.ShouldContain(e => e.Code == "conflict");

        (await app.SendAsync(new ShareStock(owner.Merchant.OwnerId, GrantScope.Warehouse, owner.WarehouseId, null))).Errors.ShouldBeEmpty();
        (await app.StockAsync(r => r.ReserveAsync(Reserve(owner.SkuId, 1, stranger.ShopId), default))).Errors.ShouldBeEmpty();
        (await app.AvailableAsync(owner.SkuId)).ShouldBe(95);
    }

    [Fact]
    public async Task Merchant_B_can_neither_read_nor_change_A_s_warehouses_documents_stock_or_grants_by_id()
    {
        var a = await app.StockedMerchantAsync();
        var b = await app.MerchantAsync();
        var (bSku, bCode) = await app.SkuAsync(b);
        var aReceipt = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Receipts.Where(r => r.ShopId == a.Merchant.ShopId).Select(r => r.Id).SingleAsync());
        var aGrant = (await app.SendAsync(new ShareStock(a.Merchant.OwnerId, GrantScope.Sku, a.SkuId, null))).Value;

        (await app.SendAsync(new AddBin(b.OwnerId, a.WarehouseId, "X", "X-1"))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new CreateReceipt(b.OwnerId, a.WarehouseId, "供应商", [InventoryGiven.Line(bCode, a.BinId)]))).Errors.ShouldContain(e => e.Field == "WarehouseId");
        (await app.SendAsync(new CreateReceipt(b.OwnerId, (await app.WarehouseAsync(b.OwnerId)).Warehouse, "供应商", [InventoryGiven.Line(a.SkuCode, a.BinId)])))
            .Errors.ShouldContain(e => e.Field == "Lines[0].SkuCode"); // A's SKU code is not B's
        (await app.SendAsync(new PostReceipt(b.OwnerId, aReceipt))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ReverseReceipt(b.OwnerId, aReceipt))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new RevokeGrant(b.OwnerId, aGrant))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ShareStock(b.OwnerId, GrantScope.Sku, a.SkuId, b.ShopId))).Errors.ShouldContain(e => e.Field == "TargetId");
        (await app.SendAsync(new ShareStock(b.OwnerId, GrantScope.Warehouse, a.WarehouseId, null))).Errors.ShouldContain(e => e.Field == "TargetId");

        (await app.AvailableAsync(a.SkuId)).ShouldBe(100);
        (await app.AvailableAsync(bSku)).ShouldBe(0);
        await app.LedgerShouldBalanceAsync();
    }
}

public sealed class InventoryOnSqlite(SqliteApp app) : InventorySlices(app), IClassFixture<SqliteApp>;

public sealed class InventoryOnPostgreSql(PostgreSqlApp app) : InventorySlices(app), IClassFixture<PostgreSqlApp>;
