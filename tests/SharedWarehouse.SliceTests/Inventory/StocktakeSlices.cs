using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Stocktakes;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Inventory;

public abstract class StocktakeSlices(AppFixture app)
{
    private async Task<(Stocked Stock, Guid Sheet)> SheetAsync(bool blind = true)
    {
        var s = await app.StockedMerchantAsync(100);
        var opened = await app.SendAsync(new OpenStocktake(s.Merchant.OwnerId, s.WarehouseId, "a", blind));
        opened.Errors.ShouldBeEmpty();
        return (s, opened.Value);
    }

    private async Task<StocktakeView> ViewAsync(Guid user, Guid sheet) => (await app.SendAsync(new GetStocktake(user, sheet)))!;

    private async Task<long> OnHandAsync(Guid sku) =>
        await app.QueryAsync<InventoryDbContext, long>(db => db.Balances.Where(b => b.SkuId == sku).SumAsync(b => b.OnHand));

    [Fact]
    public async Task A_blind_count_hides_the_book_quantity_until_submitted_and_approval_posts_loss_and_found_stock_to_the_ledger()
    {
        var (s, sheet) = await SheetAsync();
        var user = s.Merchant.OwnerId;
        var line = (await ViewAsync(user, sheet)).Lines.Single();
        line.Expected.ShouldBeNull();
        line.Variance.ShouldBeNull();

        (await app.SendAsync(new CountStocktake(user, sheet, new Dictionary<Guid, long> { [line.Id] = 97 }))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new AddFoundStock(user, sheet, s.BinId, s.SkuCode, "L9", null, null, 5))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitStocktake(user, sheet))).Errors.ShouldBeEmpty();

        var submitted = await ViewAsync(user, sheet);
        submitted.Lines.Single(l => l.Lot == "L1").Expected.ShouldBe(100);
        submitted.Lines.Single(l => l.Lot == "L1").Variance.ShouldBe(-3);
        submitted.Lines.Single(l => l.Lot == "L9").Variance.ShouldBe(5);
        (submitted.Gain, submitted.Loss).ShouldBe((5L, 3L));
        (await OnHandAsync(s.SkuId)).ShouldBe(100, "nothing is posted before approval");

        (await app.SendAsync(new ApproveStocktake(user, sheet))).Errors.ShouldBeEmpty();

        (await OnHandAsync(s.SkuId)).ShouldBe(102);
        var movements = await app.QueryAsync<InventoryDbContext, List<StockMovement>>(db =>
            db.Movements.Where(m => m.DocumentId == sheet).OrderBy(m => m.Quantity).ToListAsync());
        movements.Select(m => (m.Type, m.Quantity)).ShouldBe([(MovementType.StocktakeVariance, -3L), (MovementType.StocktakeVariance, 5L)]);
        movements.ShouldAllBe(m => m.UserId == user && m.Reference.StartsWith("PD"));
        (await ViewAsync(user, sheet)).Status.ShouldBe(StocktakeStatus.Posted);
        (await app.SendAsync(new ApproveStocktake(user, sheet))).Errors.ShouldContain(e => e.Code == "conflict");
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task A_sheet_is_submitted_only_when_every_line_is_counted_and_a_return_needs_a_reason_and_keeps_the_counts()
    {
        var (s, sheet) = await SheetAsync(blind: false);
        var user = s.Merchant.OwnerId;
        var line = (await ViewAsync(user, sheet)).Lines.Single();
        line.Expected.ShouldBe(100);

        (await app.SendAsync(new SubmitStocktake(user, sheet))).Errors.Single().Message.ShouldBe("还有未填写实盘数量的行");
        (await app.SendAsync(new CountStocktake(user, sheet, new Dictionary<Guid, long> { [line.Id] = -1 }))).Errors.Single().Message.ShouldBe("实盘数量不能为负");
        (await app.SendAsync(new CountStocktake(user, sheet, new Dictionary<Guid, long> { [line.Id] = 90 }))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitStocktake(user, sheet))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new CountStocktake(user, sheet, new Dictionary<Guid, long> { [line.Id] = 91 }))).Errors.ShouldContain(e => e.Code == "conflict");

        (await app.SendAsync(new ReturnStocktake(user, sheet, " "))).Errors.Single().Field.ShouldBe("Reason");
        (await app.SendAsync(new ReturnStocktake(user, sheet, "A-01 请复盘"))).Errors.ShouldBeEmpty();

        var returned = await ViewAsync(user, sheet);
        (returned.Status, returned.ReturnReason, returned.Lines.Single().Counted).ShouldBe((StocktakeStatus.Counting, "A-01 请复盘", 90L));
        (await app.SendAsync(new CountStocktake(user, sheet, new Dictionary<Guid, long> { [line.Id] = 100 }))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitStocktake(user, sheet))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ApproveStocktake(user, sheet))).Errors.ShouldBeEmpty();
        (await OnHandAsync(s.SkuId)).ShouldBe(100);
        (await app.QueryAsync<InventoryDbContext, int>(db => db.Movements.CountAsync(m => m.DocumentId == sheet))).ShouldBe(0, "no variance, no movement");
    }

    [Fact]
    public async Task The_variance_is_a_delta_so_a_receipt_during_the_count_is_kept_and_the_line_is_flagged()
    {
        var (s, sheet) = await SheetAsync(blind: false);
        var user = s.Merchant.OwnerId;
        var line = (await ViewAsync(user, sheet)).Lines.Single();
        (await app.SendAsync(new CountStocktake(user, sheet, new Dictionary<Guid, long> { [line.Id] = 98 }))).Errors.ShouldBeEmpty();

        await app.ReceiveAsync(user, s.WarehouseId, InventoryGiven.Line(s.SkuCode, s.BinId, 10, "L1"));
        (await ViewAsync(user, sheet)).Lines.Single().MovedSinceOpened.ShouldBeTrue();
        (await app.SendAsync(new SubmitStocktake(user, sheet))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ApproveStocktake(user, sheet))).Errors.ShouldBeEmpty();

        (await OnHandAsync(s.SkuId)).ShouldBe(108);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task A_loss_that_would_take_reserved_stock_is_refused_and_nothing_is_posted()
    {
        var (s, sheet) = await SheetAsync(blind: false);
        var user = s.Merchant.OwnerId;
        (await app.StockAsync(r => r.ReserveAsync(new ReserveStock(s.SkuId, 95, TimeSpan.FromMinutes(30), "SO-" + Guid.NewGuid().ToString("N")[..10], s.Merchant.ShopId), CancellationToken.None)))
            .Errors.ShouldBeEmpty();
        var line = (await ViewAsync(user, sheet)).Lines.Single();
        (await app.SendAsync(new CountStocktake(user, sheet, new Dictionary<Guid, long> { [line.Id] = 90 }))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitStocktake(user, sheet))).Errors.ShouldBeEmpty();

        var approved = await app.SendAsync(new ApproveStocktake(user, sheet));

        approved.Errors.Single().Code.ShouldBe("conflict");
        (await ViewAsync(user, sheet)).Status.ShouldBe(StocktakeStatus.Submitted);
        (await OnHandAsync(s.SkuId)).ShouldBe(100);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task A_zone_has_one_open_sheet_found_stock_must_be_in_the_zone_and_cancelling_frees_the_zone()
    {
        var (s, sheet) = await SheetAsync();
        var user = s.Merchant.OwnerId;
        (await app.SendAsync(new OpenStocktake(user, s.WarehouseId, "A", true))).Errors.Single().Field.ShouldBe("Zone");
        (await app.SendAsync(new OpenStocktake(user, s.WarehouseId, "Z", true))).Errors.Single().Message.ShouldBe("该仓库没有这个库区");
        var otherZoneBin = (await app.SendAsync(new Modules.Inventory.Features.Warehouses.AddBin(user, s.WarehouseId, "B", "B-01"))).Value;
        (await app.SendAsync(new AddFoundStock(user, sheet, otherZoneBin, s.SkuCode, "L2", null, null, 1))).Errors.Single().Field.ShouldBe("BinId");
        (await app.SendAsync(new AddFoundStock(user, sheet, s.BinId, "NO-SUCH", "L2", null, null, 1))).Errors.Single().Field.ShouldBe("SkuCode");
        (await app.SendAsync(new AddFoundStock(user, sheet, s.BinId, s.SkuCode, "L1", null, null, 1))).Errors.Single().Field.ShouldBe("SkuCode");

        (await app.SendAsync(new CancelStocktake(user, sheet))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new OpenStocktake(user, s.WarehouseId, "A", true))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListStocktakes(user, StocktakeStatus.Cancelled))).Page.Total.ShouldBe(1);
    }

    [Fact]
    public async Task Merchant_B_can_neither_read_nor_count_nor_approve_A_s_sheet()
    {
        var (a, sheet) = await SheetAsync(blind: false);
        var line = (await ViewAsync(a.Merchant.OwnerId, sheet)).Lines.Single();
        var b = await app.MerchantAsync();

        (await app.SendAsync(new GetStocktake(b.OwnerId, sheet))).ShouldBeNull();
        (await app.SendAsync(new CountStocktake(b.OwnerId, sheet, new Dictionary<Guid, long> { [line.Id] = 0 }))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new SubmitStocktake(b.OwnerId, sheet))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ApproveStocktake(b.OwnerId, sheet))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new CancelStocktake(b.OwnerId, sheet))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new OpenStocktake(b.OwnerId, a.WarehouseId, "A", true))).Errors.Single().Field.ShouldBe("WarehouseId");
        (await app.SendAsync(new ListStocktakes(b.OwnerId, null))).Page.Total.ShouldBe(0);

        var unchanged = await ViewAsync(a.Merchant.OwnerId, sheet);
        (unchanged.Status, unchanged.Lines.Single().Counted).ShouldBe((StocktakeStatus.Counting, (long?)null));
    }
}

public sealed class StocktakeOnSqlite(SqliteApp app) : StocktakeSlices(app), IClassFixture<SqliteApp>;

public sealed class StocktakeOnPostgreSql(PostgreSqlApp app) : StocktakeSlices(app), IClassFixture<PostgreSqlApp>;
