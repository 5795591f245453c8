using System.Net;
using System.Text;
using SharedWarehouse.Modules.Catalog.Features.Import;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class CatalogImportTests(SharedWarehouseFactory factory)
{
    private static byte[] Csv(params string[][] rows) => CatalogSheet.Write([CatalogSheet.Columns, .. rows], SheetFormat.Csv);

    private static string[] Row(string name, string price = "99.00") =>
        [name, "酒水", "", "白酒", "好酒", "产地=贵州;酒精度=53;净含量=500;配料=高粱", "I-" + Guid.NewGuid().ToString("N")[..10], "500ml", price, "900", "", ""];

    [Fact]
    public async Task The_error_report_is_shown_on_the_page_and_nothing_is_imported_until_valid_rows_are_chosen()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var good = "导入好酒" + Guid.NewGuid().ToString("N")[..6];
        var file = Csv(Row(good), Row("导入坏酒", price: "abc"));
        var page = await merchant.GetAsync("/merchant/products/import");
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());

        var report = await merchant.PostMultipartAsync("/merchant/products/import", [], [new Upload("File", "c.csv", file, "text/csv")], page.Token("/merchant/products/import"));
        report.Status.ShouldBe(HttpStatusCode.OK, report.ToString());
        var cells = report.Document.QuerySelectorAll("[data-testid='import-errors'] tbody td").Select(td => td.TextContent.Trim()).ToList();
        cells.ShouldBe(["3", CatalogSheet.Price, "请填写正确的零售价（元，最多两位小数）"]);
        (await merchant.GetAsync($"/merchant/products?q={Uri.EscapeDataString(good)}")).TestId("total").ShouldBe("共 0 条");

        var imported = await merchant.PostMultipartAsync("/merchant/products/import", [F("ImportValidRows", "true")],
            [new Upload("File", "c.csv", file, "text/csv")], report.Token("/merchant/products/import"));
        imported.Status.ShouldBe(HttpStatusCode.OK, imported.ToString());
        (imported.TestId("import-summary") ?? "").ShouldContain("已导入 1 个商品");
        (await merchant.GetAsync($"/merchant/products?q={Uri.EscapeDataString(good)}")).TestId("total").ShouldBe("共 1 条");
    }

    [Fact]
    public async Task A_clean_file_redirects_to_the_drafts_and_the_catalog_can_be_exported()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var name = "导出酒" + Guid.NewGuid().ToString("N")[..6];

        var imported = await merchant.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [],
            [new Upload("File", "c.csv", Csv(Row(name)), "text/csv")]);
        imported.Status.ShouldBe(HttpStatusCode.Redirect, imported.ToString());
        (await merchant.FollowAsync(imported)).TestId("flash").ShouldStartWith("已导入 1 个商品");

        var csv = await merchant.Http.GetAsync("/merchant/products/export.csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).ShouldContain(name);
        var xlsx = await merchant.Http.GetByteArrayAsync("/merchant/products/export.xlsx");
        CatalogSheet.Read(xlsx, SheetFormat.Xlsx)!.ShouldContain(r => r[CatalogSheet.Name] == name);
        var template = await merchant.Http.GetByteArrayAsync("/merchant/products/import/template.xlsx");
        CatalogSheet.Read(template, SheetFormat.Xlsx)!.Count.ShouldBe(2);

        var other = await CatalogWeb.MerchantAsync(factory);
        Encoding.UTF8.GetString(await other.Http.GetByteArrayAsync("/merchant/products/export.csv")).ShouldNotContain(name);
    }

    [Fact]
    public async Task A_wrong_file_type_is_a_field_error()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);

        var page = await merchant.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [],
            [new Upload("File", "c.pdf", [1, 2, 3], "application/pdf")]);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("File").ShouldBe("只支持 CSV 或 XLSX 文件");
    }
}
