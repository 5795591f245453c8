using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.SliceTests.Infrastructure;
using static SharedWarehouse.SliceTests.Markets.MarketsGiven;

namespace SharedWarehouse.SliceTests.Markets;

public abstract class MarketSlices(AppFixture app)
{
    [Fact]
    public async Task A_market_shows_its_floors_in_walking_order_and_each_floor_s_stalls_by_number()
    {
        var m = await app.MarketAsync();
        (await app.SendAsync(new SaveFloor(m.Id, null, "负一楼", -1))).Errors.ShouldBeEmpty();

        var view = (await app.SendAsync(new GetMarket(m.Id)))!;

        view.RegionName.ShouldBe("广东省 广州市 越秀区");
        view.Floors.Select(f => f.Name).ShouldBe(["负一楼", "1楼", "2楼"]);
        view.Floors[1].Stalls.Select(s => s.Number).ShouldBe(["A01", "A02"]);
        view.FindStall(m.A01)!.ShouldSatisfyAllConditions(s => s.ContactName.ShouldBe("王姐"), s => s.ContactPhone.ShouldBe("13800001111"), s => s.IsOpen.ShouldBeTrue());
    }

    [Fact]
    public async Task Market_names_are_unique_ignoring_case_and_spaces_and_a_market_keeps_its_own_name_when_edited()
    {
        var name = Unique("Market-");
        var id = (await app.SendAsync(new SaveMarket(null, name, District, "一德路", null))).Value;

        var again = await app.SendAsync(new SaveMarket(null, "  " + name.ToUpperInvariant() + " ", District, "一德路", null));
        var edited = await app.SendAsync(new SaveMarket(id, name, District, "一德路 2 号", "早 6 点开市"));

        again.Errors.Single().Field.ShouldBe("Name");
        edited.Errors.ShouldBeEmpty();
        var view = (await app.SendAsync(new GetMarket(id)))!;
        (view.Address, view.Note).ShouldBe(("一德路 2 号", "早 6 点开市"));
    }

    [Fact]
    public async Task A_market_needs_a_name_an_address_and_a_district()
    {
        var refused = await app.SendAsync(new SaveMarket(null, " ", "440100", "", null));

        refused.Errors.Select(e => e.Field).Order().ShouldBe(["Address", "Name", "RegionCode"]);
    }

    [Fact]
    public async Task A_stall_number_is_unique_on_its_floor_but_may_repeat_on_another_floor()
    {
        var m = await app.MarketAsync();

        var same = await app.SendAsync(new SaveStall(m.Id, null, m.Floor1, " a01 ", null, null));
        var otherFloor = await app.SendAsync(new SaveStall(m.Id, null, m.Floor2, "A01", null, null));
        var renamedOntoAnother = await app.SendAsync(new SaveStall(m.Id, m.A02, m.Floor1, "A01", null, null));

        same.Errors.Single().Field.ShouldBe("Number");
        otherFloor.Errors.ShouldBeEmpty();
        renamedOntoAnother.Errors.Single().Field.ShouldBe("Number");
    }

    [Fact]
    public async Task A_contact_phone_must_be_an_eleven_digit_mainland_mobile()
    {
        var m = await app.MarketAsync();

        var bad = await app.SendAsync(new SaveStall(m.Id, null, m.Floor1, "C01", "张", "1234567"));
        var landline = await app.SendAsync(new SaveStall(m.Id, null, m.Floor1, "C01", "张", "020-83331234"));
        var good = await app.SendAsync(new SaveStall(m.Id, null, m.Floor1, "C01", "张", " 13900002222 "));

        bad.Errors.Single().Field.ShouldBe("ContactPhone");
        landline.Errors.Single().Field.ShouldBe("ContactPhone");
        (await app.SendAsync(new GetMarket(m.Id)))!.FindStall(good.Value)!.ContactPhone.ShouldBe("13900002222");
    }

    [Fact]
    public async Task A_stall_or_floor_is_changed_only_through_its_own_market()
    {
        var m = await app.MarketAsync();
        var other = await app.MarketAsync();

        (await app.SendAsync(new SaveStall(other.Id, m.A01, other.Floor1, "X", null, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new SaveStall(m.Id, m.A01, other.Floor1, "A01", null, null))).Errors.Single().Field.ShouldBe("FloorId");
        (await app.SendAsync(new SetStallOpen(other.Id, m.A01, false))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new SaveFloor(other.Id, m.Floor1, "X", 1))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new GetMarket(m.Id)))!.FindStall(m.A01)!.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task A_stall_moves_to_another_floor_of_its_market()
    {
        var m = await app.MarketAsync();

        (await app.SendAsync(new SaveStall(m.Id, m.A02, m.Floor2, "B02", "新联系人", null))).Errors.ShouldBeEmpty();

        var view = (await app.SendAsync(new GetMarket(m.Id)))!;
        view.Floors.Single(f => f.Id == m.Floor2).Stalls.Select(s => s.Number).ShouldBe(["B01", "B02"]);
    }

    [Fact]
    public async Task Closing_and_reopening_a_stall_shows_in_the_market_list()
    {
        var m = await app.MarketAsync();

        (await app.SendAsync(new SetStallOpen(m.Id, m.A01, false))).Errors.ShouldBeEmpty();
        var twice = await app.SendAsync(new SetStallOpen(m.Id, m.A01, false));

        twice.Errors.Single().Code.ShouldBe("conflict");
        var row = (await app.SendAsync(new ListMarkets(m.Name))).Items.Single();
        (row.Floors, row.Stalls, row.OpenStalls).ShouldBe((2, 3, 2));
        (await app.SendAsync(new SetStallOpen(m.Id, m.A01, true))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListMarkets(m.Name))).Items.Single().OpenStalls.ShouldBe(3);
    }

    [Fact]
    public async Task The_market_list_searches_names_ignoring_case_and_pages()
    {
        var tag = Unique("srch");
        foreach (var i in Enumerable.Range(1, 3)) await app.SendAsync(new SaveMarket(null, $"{tag}-市场{i}", District, "地址", null));

        var first = await app.SendAsync(new ListMarkets(tag.ToUpperInvariant(), 1, 2));
        var second = await app.SendAsync(new ListMarkets(tag, 2, 2));

        first.Total.ShouldBe(3);
        first.Items.Select(r => r.Name).ShouldBe([$"{tag}-市场1", $"{tag}-市场2"]);
        second.Items.Single().Name.ShouldBe($"{tag}-市场3");
    }
}

public sealed class MarketSlicesOnSqlite(SqliteApp app) : MarketSlices(app), IClassFixture<SqliteApp>;

public sealed class MarketSlicesOnPostgreSql(PostgreSqlApp app) : MarketSlices(app), IClassFixture<PostgreSqlApp>;
