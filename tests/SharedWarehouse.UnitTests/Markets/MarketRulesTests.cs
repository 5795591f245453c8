using SharedWarehouse.Modules.Markets.Domain;

namespace SharedWarehouse.UnitTests.Markets;

public sealed class MarketRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

    private static Market NewMarket() => Market.Open(new MarketDetails(" 广州十三行 ", "440104", "人民南路 十三行路", "  "), Now);

    private static StallChoice Choice(Guid? stall = null, string? style = null) => new(stall ?? Guid.NewGuid(), style);

    [Fact]
    public void A_market_keeps_its_name_trimmed_and_an_empty_note_as_none()
    {
        var market = NewMarket();

        market.Name.ShouldBe("广州十三行");
        market.NormalizedName.ShouldBe("广州十三行");
        market.Note.ShouldBeNull();
    }

    [Fact]
    public void Floor_names_are_unique_in_a_market_ignoring_case_and_spaces()
    {
        var market = NewMarket();
        market.AddFloor("B1", 0, Now).IsSuccess.ShouldBeTrue();

        var again = market.AddFloor(" b1 ", 1, Now);

        again.Errors.Single().Field.ShouldBe("Name");
        market.Floors.Count.ShouldBe(1);
    }

    [Fact]
    public void A_floor_may_keep_its_own_name_when_changed_but_not_take_another_s()
    {
        var market = NewMarket();
        var first = market.AddFloor("1楼", 1, Now).Value;
        market.AddFloor("2楼", 2, Now);

        market.ChangeFloor(first, "1楼", 5, Now).IsSuccess.ShouldBeTrue();
        market.ChangeFloor(first, "2楼", 5, Now).Errors.Single().Field.ShouldBe("Name");
        market.Floors.Single(f => f.Id == first).DisplayOrder.ShouldBe(5);
    }

    [Fact]
    public void A_stall_opens_only_on_a_floor_of_its_market_and_cannot_move_to_another_market()
    {
        var market = NewMarket();
        var floor = market.AddFloor("3楼", 3, Now).Value;
        var other = NewMarket();
        var otherFloor = other.AddFloor("3楼", 3, Now).Value;

        Stall.Open(market, otherFloor, new StallDetails("A312", null, null), Now).Errors.Single().Field.ShouldBe("FloorId");
        var stall = Stall.Open(market, floor, new StallDetails(" a312 ", "王姐", "13800001111"), Now).Value;

        stall.IsOpen.ShouldBeTrue();
        stall.Number.ShouldBe("a312");
        stall.NormalizedNumber.ShouldBe("A312");
        stall.Change(other, otherFloor, new StallDetails("A312", null, null), Now).IsFailure.ShouldBeTrue();
        stall.FloorId.ShouldBe(floor);
    }

    [Fact]
    public void A_stall_closes_and_reopens_once_each()
    {
        var market = NewMarket();
        var stall = Stall.Open(market, market.AddFloor("1楼", 1, Now).Value, new StallDetails("101", null, null), Now).Value;

        stall.Close(Now).IsSuccess.ShouldBeTrue();
        stall.Close(Now).IsFailure.ShouldBeTrue();
        stall.IsOpen.ShouldBeFalse();
        stall.Reopen(Now).IsSuccess.ShouldBeTrue();
        stall.Reopen(Now).IsFailure.ShouldBeTrue();
        stall.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void A_stall_code_ranks_its_stalls_in_the_order_given_primary_first()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var code = StallCode.Create(Guid.NewGuid(), "  qz-2401 ", [Choice(a, " 8821 "), Choice(b), Choice(c, "")], Now).Value;

        code.Code.ShouldBe("qz-2401");
        code.NormalizedCode.ShouldBe("QZ-2401");
        code.Options.OrderBy(o => o.Rank).Select(o => (o.StallId, o.StyleNumber, o.Rank)).ShouldBe([(a, "8821", 0), (b, null, 1), (c, null, 2)]);
    }

    [Theory]
    [InlineData(0, "Options")]
    [InlineData(6, "Options")]
    public void A_stall_code_needs_one_to_five_stalls(int count, string field)
    {
        var result = StallCode.Create(Guid.NewGuid(), "X1", Enumerable.Range(0, count).Select(_ => Choice()).ToList(), Now);

        result.Errors.Single().Field.ShouldBe(field);
    }

    [Fact]
    public void Five_stalls_are_allowed()
    {
        StallCode.Create(Guid.NewGuid(), "X1", Enumerable.Range(0, 5).Select(_ => Choice()).ToList(), Now).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_stall_cannot_be_both_primary_and_alternate()
    {
        var stall = Guid.NewGuid();

        StallCode.Create(Guid.NewGuid(), "X1", [Choice(stall), Choice(), Choice(stall, "9")], Now).Errors.Single().Message.ShouldBe("同一档口不能重复选择");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("A\tB")]
    [InlineData("12345678901234567890123456789012345678901")]
    public void A_stall_code_needs_a_plain_code_of_at_most_40_characters(string code)
    {
        StallCode.Create(Guid.NewGuid(), code, [Choice()], Now).Errors.Single().Field.ShouldBe("Code");
    }

    [Fact]
    public void A_style_number_is_at_most_40_characters()
    {
        StallCode.Create(Guid.NewGuid(), "X1", [Choice(style: new string('9', 41))], Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void Changing_a_code_keeps_the_rows_of_stalls_that_stay_and_reorders_them()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var code = StallCode.Create(Guid.NewGuid(), "X1", [Choice(a), Choice(b)], Now).Value;
        var rowOfB = code.Options.Single(o => o.StallId == b).Id;

        code.Change("X1", [Choice(b, "B-9"), Choice(c)], Now).IsSuccess.ShouldBeTrue();

        code.Options.Count.ShouldBe(2);
        code.Options.Single(o => o.StallId == b).ShouldSatisfyAllConditions(o => o.Id.ShouldBe(rowOfB), o => o.Rank.ShouldBe(0), o => o.StyleNumber.ShouldBe("B-9"));
        code.Options.Single(o => o.StallId == c).Rank.ShouldBe(1);
    }

    [Fact]
    public void A_refused_change_changes_nothing()
    {
        var a = Guid.NewGuid();
        var code = StallCode.Create(Guid.NewGuid(), "X1", [Choice(a)], Now).Value;

        code.Change("X2", [], Now).IsFailure.ShouldBeTrue();

        code.Code.ShouldBe("X1");
        code.Options.Single().StallId.ShouldBe(a);
    }
}
