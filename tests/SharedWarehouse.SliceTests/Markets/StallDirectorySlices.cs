using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using static SharedWarehouse.SliceTests.Markets.MarketsGiven;

namespace SharedWarehouse.SliceTests.Markets;

/// The IStallDirectory contract, as dropship pickup will call it.
public abstract class StallDirectorySlices(AppFixture app)
{
    [Fact]
    public async Task Codes_resolve_exactly_ignoring_case_and_spaces_to_their_stalls_primary_first()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        await app.SendAsync(Code(shop.OwnerId, "QZ-2401-M", Option(m.B01, "8821"), Option(m.A01), Option(m.A02, "K9")));
        await app.SendAsync(Code(shop.OwnerId, "QZ-2401", Option(m.A02)));
        await app.SendAsync(new SetStallOpen(m.Id, m.A01, false));

        var resolved = await app.DirectoryAsync(d => d.ResolveAsync(shop.ShopId, [" qz-2401-m ", "QZ-24", "NOPE", "qz-2401"], default));

        resolved.Keys.Order().ShouldBe([" qz-2401-m ", "qz-2401"]);
        var options = resolved[" qz-2401-m "];
        options.Select(o => (o.Stall.StallNumber, o.StyleNumber, o.Rank)).ShouldBe([("B01", "8821", 0), ("A01", null, 1), ("A02", "K9", 2)]);
        options[1].Stall.IsOpen.ShouldBeFalse();
        options[0].Stall.ShouldSatisfyAllConditions(
            s => s.MarketId.ShouldBe(m.Id), s => s.MarketName.ShouldBe(m.Name), s => s.FloorName.ShouldBe("2楼"), s => s.FloorOrder.ShouldBe(2),
            s => s.ContactName.ShouldBe("李哥"), s => s.ContactPhone.ShouldBeNull());
        resolved["QZ-2401"].Single().Stall.StallId.ShouldBe(m.A02); // looked up ignoring case
    }

    [Fact]
    public async Task Another_shop_s_codes_never_resolve()
    {
        var m = await app.MarketAsync();
        var (a, b) = (await app.MerchantAsync(), await app.MerchantAsync());
        await app.SendAsync(Code(a.OwnerId, "ONLY-A", Option(m.A01)));

        (await app.DirectoryAsync(d => d.ResolveAsync(b.ShopId, ["ONLY-A"], default))).ShouldBeEmpty();
        (await app.DirectoryAsync(d => d.ResolveAsync(a.ShopId, [], default))).ShouldBeEmpty();
        (await app.DirectoryAsync(d => d.ResolveAsync(a.ShopId, ["only-a", "  "], default))).Keys.ShouldBe(["only-a"]);
    }

    [Fact]
    public async Task Stalls_are_found_by_id_and_unknown_ids_are_left_out()
    {
        var m = await app.MarketAsync();
        var unknown = Guid.NewGuid();

        var found = await app.DirectoryAsync(d => d.FindStallsAsync([m.A01, m.B01, unknown, m.A01], default));

        found.Keys.Order().ShouldBe(new[] { m.A01, m.B01 }.Order());
        found[m.A01].ShouldSatisfyAllConditions(s => s.StallNumber.ShouldBe("A01"), s => s.FloorName.ShouldBe("1楼"), s => s.ContactPhone.ShouldBe("13800001111"),
            s => s.IsOpen.ShouldBeTrue());
        (await app.DirectoryAsync(d => d.FindStallsAsync([], default))).ShouldBeEmpty();
    }
}

public sealed class StallDirectorySlicesOnSqlite(SqliteApp app) : StallDirectorySlices(app), IClassFixture<SqliteApp>;

public sealed class StallDirectorySlicesOnPostgreSql(PostgreSqlApp app) : StallDirectorySlices(app), IClassFixture<PostgreSqlApp>;
