using System.Text;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.Testing;
using static SharedWarehouse.SliceTests.Markets.MarketsGiven;

namespace SharedWarehouse.SliceTests.Markets;

public abstract class StallCodeImportSlices(AppFixture app)
{
    private Task<SharedKernel.Result<StallCodeImportReport>> ImportAsync(Merchant shop, byte[] file, string name = "codes.csv") =>
        app.SendAsync(new ImportStallCodes(shop.OwnerId, name, file));

    [Fact]
    public async Task Rows_with_one_code_become_its_alternates_ordered_by_rank_with_or_without_a_BOM()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        var csv = $"""
            code,market,floor,stall,style_number,rank
            IM-1,{m.Name},1楼,a01,8821,1
            IM-1,{m.Name.ToUpperInvariant()}, 2楼 ,B01,K-8821,0
            IM-2,{m.Name},1楼,A02,,
            """;

        var report = (await ImportAsync(shop, Csv(csv, bom: true))).Value;
        var noBom = (await ImportAsync(await app.MerchantAsync(), Csv(csv, bom: false))).Value;

        report.Errors.ShouldBeEmpty();
        (report.Rows, report.Created, report.Updated).ShouldBe((3, 2, 0));
        noBom.Errors.ShouldBeEmpty();
        var resolved = await app.DirectoryAsync(d => d.ResolveAsync(shop.ShopId, ["IM-1", "IM-2"], default));
        resolved["IM-1"].Select(o => (o.Stall.StallId, o.StyleNumber, o.Rank)).ShouldBe([(m.B01, "K-8821", 0), (m.A01, "8821", 1)]);
        resolved["IM-2"].Single().StyleNumber.ShouldBeNull();
    }

    [Fact]
    public async Task Any_bad_row_saves_nothing_and_every_error_is_reported_by_row_and_column()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        var csv = $"""
            code,market,floor,stall,style_number,rank
            OK-1,{m.Name},1楼,A01,1,
            BAD-1,没有这个市场,1楼,A01,1,
            BAD-2,{m.Name},9楼,A01,1,
            BAD-3,{m.Name},1楼,Z99,1,x
            ,{m.Name},1楼,A01,1,
            OK-1,{m.Name},1楼,A01,2,
            """;

        var report = (await ImportAsync(shop, Csv(csv))).Value;

        report.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(3, "market"), (4, "floor"), (5, "stall"), (5, "rank"), (6, "code"), (7, "stall")]);
        report.Errors.Last().Message.ShouldBe("与第 2 行的档口重复");
        (report.Created, report.Updated).ShouldBe((0, 0));
        (await app.SendAsync(new ListStallCodes(shop.OwnerId, null)))!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task More_than_five_stalls_or_a_repeated_rank_for_one_code_is_refused()
    {
        var m = await app.MarketAsync();
        var other = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        var rows = new[] { (m, "1楼", "A01"), (m, "1楼", "A02"), (m, "2楼", "B01"), (other, "1楼", "A01"), (other, "1楼", "A02"), (other, "2楼", "B01") }
            .Select(r => $"SIX,{r.Item1.Name},{r.Item2},{r.Item3},,");
        var csv = "code,market,floor,stall,style_number,rank\n" + string.Join("\n", rows) + $"\nRK,{m.Name},1楼,A01,,0\nRK,{m.Name},1楼,A02,,0";

        var report = (await ImportAsync(shop, Csv(csv))).Value;

        report.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(7, "code"), (9, "rank")]);
    }

    [Fact]
    public async Task Importing_a_code_the_shop_has_replaces_its_stalls_and_an_exported_file_imports_back()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        var id = (await app.SendAsync(Code(shop.OwnerId, "RT-1", Option(m.A01), Option(m.A02)))).Value;
        var csv = $"code,market,floor,stall,style_number\nrt-1,{m.Name},2楼,B01,NEW\nRT-2,{m.Name},1楼,A01,=1+1";

        var report = (await ImportAsync(shop, Csv(csv))).Value;

        (report.Created, report.Updated).ShouldBe((1, 1));
        var view = (await app.SendAsync(new GetStallCode(shop.OwnerId, id)))!;
        (view.Code, view.Options.Single().Stall.StallId, view.Options.Single().StyleNumber).ShouldBe(("rt-1", m.B01, "NEW"));

        var exported = await app.SendAsync(new ExportStallCodes(shop.OwnerId));
        var text = Encoding.UTF8.GetString(exported);
        text.ShouldStartWith("\uFEFFcode,market,floor,stall,style_number,rank");
        text.ShouldContain($"rt-1,{m.Name},2楼,B01,NEW,0");
        text.ShouldContain("'=1+1"); // a formula is defused for spreadsheets
        var again = (await ImportAsync(shop, exported)).Value;
        (again.Errors.Count, again.Created, again.Updated).ShouldBe((0, 0, 2));
    }

    [Fact]
    public async Task Excel_gbk_csv_and_xlsx_import_and_a_file_that_is_no_sheet_or_lacks_a_column_is_refused_as_a_whole()
    {
        var m = await app.MarketAsync();
        var shop = await app.MerchantAsync();
        var gbk = ExcelFiles.ExcelChineseCsv("code,market,floor,stall,style_number,rank", $"GBK-1,{m.Name},1楼,A01,=\"0088\",0");
        var xlsx = BuildingBlocks.Tabular.SheetWriter.Xlsx("档口", [new("code"), new("market"), new("floor"), new("stall"), new("style_number")],
            [["XL-1", m.Name, "2楼", "B01", "0099"]]);

        (await ImportAsync(shop, gbk)).Value.ShouldSatisfyAllConditions(r => r.Errors.ShouldBeEmpty(), r => r.Created.ShouldBe(1));
        (await ImportAsync(shop, xlsx, "codes.xlsx")).Value.ShouldSatisfyAllConditions(r => r.Errors.ShouldBeEmpty(), r => r.Created.ShouldBe(1));
        var resolved = await app.DirectoryAsync(d => d.ResolveAsync(shop.ShopId, ["GBK-1", "XL-1"], default));
        resolved["GBK-1"].Single().ShouldSatisfyAllConditions(o => o.Stall.StallId.ShouldBe(m.A01), o => o.StyleNumber.ShouldBe("0088"));
        resolved["XL-1"].Single().StyleNumber.ShouldBe("0099");

        (await ImportAsync(shop, ExcelFiles.Ole2("Workbook"), "codes.xls")).Errors.Single().Field.ShouldBe("File");
        (await ImportAsync(shop, [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])).Errors.Single().Field.ShouldBe("File");
        (await ImportAsync(shop, [])).Errors.Single().Field.ShouldBe("File");
        (await ImportAsync(shop, Csv("code,market,floor,stall,style_number\n"))).Errors.Single().Message.ShouldBe("文件中没有数据行");
        var missing = (await ImportAsync(shop, Csv("code,market,stall\nA,B,C"))).Value;
        missing.Errors.Select(e => e.Column).ShouldBe(["floor", "style_number"]);
    }
}

public sealed class StallCodeImportSlicesOnSqlite(SqliteApp app) : StallCodeImportSlices(app), IClassFixture<SqliteApp>;

public sealed class StallCodeImportSlicesOnPostgreSql(PostgreSqlApp app) : StallCodeImportSlices(app), IClassFixture<PostgreSqlApp>;
