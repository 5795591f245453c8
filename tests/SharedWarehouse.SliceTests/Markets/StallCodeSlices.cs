using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using static SharedWarehouse.SliceTests.Markets.MarketsGiven;

namespace SharedWarehouse.SliceTests.Markets;

public abstract class StallCodeSlices(AppFixture app)
{
    [Fact]
    public async Task A_code_keeps_its_primary_stall_and_alternates_in_rank_order()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();

        var saved = await app.SendAsync(Code(shop.OwnerId, " QZ-01 ", Option(m.B01, "8821"), Option(null), Option(m.A01, " K-1 "), Option(m.A02)));

        saved.Errors.ShouldBeEmpty();
        var view = (await app.SendAsync(new GetStallCode(shop.OwnerId, saved.Value)))!;
        view.Code.ShouldBe("QZ-01");
        view.Options.Select(o => (o.Stall.StallNumber, o.StyleNumber, o.Rank)).ShouldBe([("B01", "8821", 0), ("A01", "K-1", 1), ("A02", null, 2)]);
        view.Options[0].Stall.ShouldSatisfyAllConditions(s => s.MarketName.ShouldBe(m.Name), s => s.FloorName.ShouldBe("2楼"), s => s.FloorOrder.ShouldBe(2));
    }

    [Fact]
    public async Task A_code_is_unique_in_its_shop_ignoring_case_and_spaces_but_another_shop_may_use_it()
    {
        var m = await app.MarketAsync();
        var (a, b) = (await app.MerchantAsync(), await app.MerchantAsync());
        var code = Unique("dup-");
        (await app.SendAsync(Code(a.OwnerId, code, Option(m.A01)))).Errors.ShouldBeEmpty();

        var again = await app.SendAsync(Code(a.OwnerId, $"  {code.ToUpperInvariant()}  ", Option(m.A02)));
        var otherShop = await app.SendAsync(Code(b.OwnerId, code, Option(m.A02)));

        again.Errors.Single().Field.ShouldBe("Code");
        otherShop.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_bad_row_gets_its_message_next_to_its_stall_and_nothing_is_saved()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();

        var noPrimary = await app.SendAsync(Code(shop.OwnerId, "X-1", Option(null), Option(m.A01)));
        var repeated = await app.SendAsync(Code(shop.OwnerId, "X-1", Option(m.A01), Option(m.A02), Option(m.A01)));
        var unknown = await app.SendAsync(Code(shop.OwnerId, "X-1", Option(m.A01), Option(Guid.NewGuid())));
        var styleWithoutStall = await app.SendAsync(Code(shop.OwnerId, "X-1", Option(m.A01), Option(null, "88")));
        var six = await app.SendAsync(Code(shop.OwnerId, "X-1", [.. Enumerable.Range(0, 6).Select(_ => Option(m.A01))]));

        noPrimary.Errors.Single().Field.ShouldBe("Options[0].StallId");
        repeated.Errors.Single().Field.ShouldBe("Options[2].StallId");
        unknown.Errors.Single().Field.ShouldBe("Options[1].StallId");
        styleWithoutStall.Errors.Single().Field.ShouldBe("Options[1].StallId");
        six.Errors.ShouldContain(e => e.Field == "Options");
        (await app.SendAsync(new ListStallCodes(shop.OwnerId, null)))!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Editing_replaces_the_stalls_and_their_order()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        var id = (await app.SendAsync(Code(shop.OwnerId, "E-1", Option(m.A01), Option(m.A02)))).Value;

        var edited = await app.SendAsync(new SaveStallCode(shop.OwnerId, id, "E-1b", [Option(m.A02, "新款"), Option(m.B01)]));

        edited.Errors.ShouldBeEmpty();
        var view = (await app.SendAsync(new GetStallCode(shop.OwnerId, id)))!;
        view.Code.ShouldBe("E-1b");
        view.Options.Select(o => (o.Stall.StallId, o.StyleNumber, o.Rank)).ShouldBe([(m.A02, "新款", 0), (m.B01, null, 1)]);
    }

    [Fact]
    public async Task Another_merchant_can_neither_read_nor_change_nor_delete_a_code()
    {
        var m = await app.MarketAsync();
        var (a, b) = (await app.MerchantAsync(), await app.MerchantAsync());
        var id = (await app.SendAsync(Code(a.OwnerId, "MINE-1", Option(m.A01)))).Value;

        (await app.SendAsync(new GetStallCode(b.OwnerId, id))).ShouldBeNull();
        (await app.SendAsync(new SaveStallCode(b.OwnerId, id, "MINE-1", [Option(m.B01)]))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new DeleteStallCode(b.OwnerId, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ListStallCodes(b.OwnerId, "MINE-1")))!.Total.ShouldBe(0);

        (await app.SendAsync(new GetStallCode(a.OwnerId, id)))!.Options.Single().Stall.StallId.ShouldBe(m.A01);
    }

    [Fact]
    public async Task A_user_without_a_shop_has_no_stall_codes()
    {
        var buyer = await app.BuyerAsync();
        var m = await app.MarketAsync();

        (await app.SendAsync(new ListStallCodes(buyer, null))).ShouldBeNull();
        (await app.SendAsync(Code(buyer, "B-1", Option(m.A01)))).Errors.Single().Code.ShouldBe("forbidden");
    }

    [Fact]
    public async Task Deleting_a_code_removes_it_and_its_stalls()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        var id = (await app.SendAsync(Code(shop.OwnerId, "DEL-1", Option(m.A01), Option(m.A02)))).Value;

        (await app.SendAsync(new DeleteStallCode(shop.OwnerId, id))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new GetStallCode(shop.OwnerId, id))).ShouldBeNull();
        (await app.DirectoryAsync(d => d.ResolveAsync(shop.ShopId, ["DEL-1"], default))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_list_searches_by_code_stall_number_or_market_name_and_pages()
    {
        var m = await app.MarketAsync();
        var other = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        await app.SendAsync(Code(shop.OwnerId, "LS-1", Option(m.A01)));
        await app.SendAsync(Code(shop.OwnerId, "LS-2", Option(m.B01), Option(other.A02)));
        await app.SendAsync(Code(shop.OwnerId, "other-3", Option(m.A02)));

        (await app.SendAsync(new ListStallCodes(shop.OwnerId, "ls-")))!.Items.Select(r => r.Code).ShouldBe(["LS-1", "LS-2"]);
        (await app.SendAsync(new ListStallCodes(shop.OwnerId, "b01")))!.Items.Select(r => r.Code).ShouldBe(["LS-2"]);
        (await app.SendAsync(new ListStallCodes(shop.OwnerId, other.Name)))!.Items.Select(r => r.Code).ShouldBe(["LS-2"]);
        var page2 = (await app.SendAsync(new ListStallCodes(shop.OwnerId, null, 2, 2)))!;
        (page2.Total, page2.PageCount, page2.Items.Single().Code).ShouldBe((3, 2, "other-3"));
        page2.Items.Single().Options.Single().Stall.StallNumber.ShouldBe("A02");
    }
}

public sealed class StallCodeSlicesOnSqlite(SqliteApp app) : StallCodeSlices(app), IClassFixture<SqliteApp>;

public sealed class StallCodeSlicesOnPostgreSql(PostgreSqlApp app) : StallCodeSlices(app), IClassFixture<PostgreSqlApp>;
