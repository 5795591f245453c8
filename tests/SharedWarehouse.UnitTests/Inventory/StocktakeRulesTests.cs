using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.UnitTests.Inventory;

public sealed class StocktakeRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Guid User = Guid.NewGuid(), Bin = Guid.NewGuid(), Sku = Guid.NewGuid();

    private static Stocktake Sheet(bool blind = true, long expected = 10) =>
        Stocktake.Open(Guid.NewGuid(), Guid.NewGuid(), "A", blind, [new Stocktake.Expected(Bin, Sku, "L1", null, null, expected)], User, Now);

    [Fact]
    public void A_blind_sheet_shows_expected_quantities_only_once_it_leaves_counting()
    {
        var sheet = Sheet();
        sheet.ShowsExpected.ShouldBeFalse();
        sheet.Count(new Dictionary<Guid, long> { [sheet.Lines[0].Id] = 8 }).IsSuccess.ShouldBeTrue();
        sheet.Submit(User, Now).IsSuccess.ShouldBeTrue();
        sheet.ShowsExpected.ShouldBeTrue();
        Sheet(blind: false).ShowsExpected.ShouldBeTrue();
        sheet.Number.ShouldStartWith("PD20261123-");
    }

    [Fact]
    public void The_variance_is_counted_minus_expected_and_an_uncounted_line_has_none()
    {
        var sheet = Sheet(expected: 10);
        sheet.Lines[0].Variance.ShouldBe(0);
        sheet.Count(new Dictionary<Guid, long> { [sheet.Lines[0].Id] = 7 });
        sheet.AddFound(Bin, Sku, "L2", null, null, 4).IsSuccess.ShouldBeTrue();
        sheet.Lines.Select(l => l.Variance).ShouldBe([-3L, 4L]);
        sheet.Submit(User, Now);
        sheet.Approve(User, Now).Value.Count.ShouldBe(2);
        sheet.Status.ShouldBe(StocktakeStatus.Posted);
    }

    [Fact]
    public void Counts_found_lines_and_submission_follow_the_state_and_refuse_bad_values()
    {
        var sheet = Sheet();
        var line = sheet.Lines[0].Id;
        sheet.Count(new Dictionary<Guid, long> { [line] = -1 }).Errors.Single().Message.ShouldBe("实盘数量不能为负");
        sheet.Count(new Dictionary<Guid, long> { [Guid.NewGuid()] = 1 }).IsNotFound.ShouldBeTrue();
        sheet.AddFound(Bin, Sku, " L1 ", null, null, 1).Errors.Single().Field.ShouldBe("SkuCode");
        sheet.AddFound(Bin, Sku, "L3", null, null, 0).Errors.Single().Field.ShouldBe("Quantity");
        sheet.Submit(User, Now).Errors.Single().Message.ShouldBe("还有未填写实盘数量的行");
        sheet.Approve(User, Now).IsFailure.ShouldBeTrue();
        sheet.Count(new Dictionary<Guid, long> { [line] = 10 });
        sheet.Submit(User, Now).IsSuccess.ShouldBeTrue();
        sheet.Count(new Dictionary<Guid, long> { [line] = 9 }).Errors.Single().Code.ShouldBe("conflict");
        sheet.Return(User, "  ", Now).Errors.Single().Field.ShouldBe("Reason");
        sheet.Return(User, "复盘", Now).IsSuccess.ShouldBeTrue();
        (sheet.Status, sheet.Lines[0].Counted).ShouldBe((StocktakeStatus.Counting, 10L));
        sheet.Cancel(User, Now).IsSuccess.ShouldBeTrue();
        sheet.Cancel(User, Now).IsFailure.ShouldBeTrue();
        sheet.Count(new Dictionary<Guid, long> { [line] = 1 }).IsFailure.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(730, true)]
    [InlineData(731, false)]
    public void Near_expiry_days_are_between_1_and_730(int days, bool ok) =>
        StockAlertSettings.Create(Guid.NewGuid(), days, Now).IsSuccess.ShouldBe(ok);

    [Fact]
    public void A_safety_stock_is_positive_and_a_cleared_alert_keeps_its_first_clearing_time()
    {
        LowStockThreshold.Create(Guid.NewGuid(), Sku, 0, Now).Errors.Single().Field.ShouldBe("Threshold");
        LowStockThreshold.Create(Guid.NewGuid(), Sku, 5, Now).Value.Threshold.ShouldBe(5);
        var alert = StockAlert.LowStock(Guid.NewGuid(), Sku, 3, 5, Now);
        alert.Clear(Now.AddHours(1));
        alert.Clear(Now.AddHours(2));
        alert.ClearedUtc.ShouldBe(Now.AddHours(1));
    }
}
