using System.Net;
using System.Text;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Catalog.Features.Import;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class CatalogImportTests(SharedWarehouseFactory factory)
{
    private static byte[] Csv(params string[][] rows) => CatalogSheet.Write(rows, SheetFormat.Csv);

    private static string[] Row(string name, string price = "99.00", string? code = null, string barcode = "") =>
        [name, "酒水", "", "白酒", "好酒", "产地=贵州;酒精度=53;净含量=500;配料=高粱", code ?? "I-" + Guid.NewGuid().ToString("N")[..10], "500ml", price, "900", barcode, ""];

    private static SheetTable Read(byte[] file) => SheetReader.Read(file, CatalogSheet.SpecFor(5000)).Table.ShouldNotBeNull();

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
        var xlsx = Read(await merchant.Http.GetByteArrayAsync("/merchant/products/export.xlsx"));
        xlsx.Rows.ShouldContain(r => xlsx.Cell(r, CatalogSheet.Name) == name);
        Read(await merchant.Http.GetByteArrayAsync("/merchant/products/import/template.xlsx")).Rows.Count.ShouldBe(1);

        var other = await CatalogWeb.MerchantAsync(factory);
        Encoding.UTF8.GetString(await other.Http.GetByteArrayAsync("/merchant/products/export.csv")).ShouldNotContain(name);
    }

    /// Files as merchants' tools save them; each must import its one product.
    public static TheoryData<string> OddButGoodFiles => ["Excel zh-CN CSV (GBK)", "GB18030 CSV", "Excel Unicode text (UTF-16, tabs)", "tab-separated UTF-8",
        "guarded cells", "XLSX: instructions sheet, merged title, formula price", "CSV with a title row and thousands separators"];

    [Theory]
    [MemberData(nameof(OddButGoodFiles))]
    public async Task A_file_as_a_merchants_tool_saves_it_imports(string kind)
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var name = "样本酒" + Guid.NewGuid().ToString("N")[..6];
        var (fileName, file, price) = GoodFile(kind, name);
        if (kind == "GB18030 CSV") name += "𠮷"; // beyond GBK: four bytes in GB18030

        var imported = await merchant.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [],
            [new Upload("File", fileName, file, "application/octet-stream")]);

        imported.Status.ShouldBe(HttpStatusCode.Redirect, $"{kind}: {imported}");
        (await merchant.FollowAsync(imported)).TestId("flash").ShouldStartWith("已导入 1 个商品", customMessage: kind);
        var export = Read(await merchant.Http.GetByteArrayAsync("/merchant/products/export.xlsx"));
        var row = export.Rows.Single();
        export.Cell(row, CatalogSheet.Name).ShouldBe(name, kind);
        export.Cell(row, CatalogSheet.Price).ShouldBe(price, kind);
        export.Cell(row, CatalogSheet.Code).ShouldBe("000123", kind);
        export.Cell(row, CatalogSheet.Barcode).ShouldBe("0690123456789", kind);
    }

    private static (string FileName, byte[] File, string Price) GoodFile(string kind, string name)
    {
        string[] header = CatalogSheet.Columns;
        string[] row = [name, "酒水", "", "白酒", "好酒", "产地=贵州;酒精度=53;净含量=500;配料=高粱", "000123", "500ml", "128.00", "900", "0690123456789", "6:118.00"];
        string Line(string[] cells, string separator = ",") => string.Join(separator, cells);
        var guarded = row.Select((c, i) => i switch { 6 => "=\"000123\"", 10 => "\t0690123456789", _ => c }).ToArray();
        return kind switch
        {
            "Excel zh-CN CSV (GBK)" => ("商品.csv", ExcelFiles.ExcelChineseCsv(Line(header), Line(row)), "128.00"),
            "GB18030 CSV" => ("商品.csv", ExcelFiles.Gb18030.GetBytes(Line(header) + "\r\n" + Line(row).Replace(name, name + "𠮷") + "\r\n"), "128.00"),
            "Excel Unicode text (UTF-16, tabs)" => ("商品.txt", ExcelFiles.ExcelUnicodeText(Line(header, "\t"), Line(row, "\t")), "128.00"),
            "tab-separated UTF-8" => ("商品.tsv", Encoding.UTF8.GetBytes(Line(header, "\t") + "\n" + Line(row, "\t") + "\n"), "128.00"),
            "guarded cells" => ("商品.csv", ExcelFiles.Utf8BomCsv(Line(header), Line(guarded)), "128.00"),
            "XLSX: instructions sheet, merged title, formula price" => ("商品.xlsx", ExcelLikeCatalog([.. row[..11], ""]), "18.70"), // tiers must be below 18.70
            "CSV with a title row and thousands separators" => ("商品.csv",
                ExcelFiles.ExcelChineseCsv("商品导入表（2026 年 11 月）" + new string(',', 11), Line(header), Line(row.Select((c, i) => i == 8 ? "\"1,280.00\"" : c).ToArray())), "1280.00"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// An Excel workbook: a 填写说明 sheet first, then the data sheet with a merged title A1:L1 above the headers and
    /// the price computed by a formula whose cached value is 18.700000000000003.
    private static byte[] ExcelLikeCatalog(string[] row)
    {
        string[] strings = ["填写说明", "每行一个 SKU；零售价保留两位小数", "商品导入表", .. CatalogSheet.Columns, .. row];
        var header = 3;
        var values = header + CatalogSheet.Columns.Length;
        string Cell(int column, int rowNumber, int stringIndex) => $"""<c r="{ExcelFiles.Col(column)}{rowNumber}" t="s"><v>{stringIndex}</v></c>""";
        var data = $"""<row r="1">{Cell(0, 1, 2)}</row>"""
            + $"""<row r="2">{string.Concat(CatalogSheet.Columns.Select((_, i) => Cell(i, 2, header + i)))}</row>"""
            + $"""<row r="3">{string.Concat(row.Select((_, i) => i switch
            {
                8 => """<c r="I3" s="1"><f>17*1.1</f><v>18.700000000000003</v></c>""",
                9 => """<c r="J3"><f>450*2</f><v>900</v></c>""",
                _ => Cell(i, 3, values + i),
            }))}</row>""";
        return ExcelFiles.Xlsx(
            [new ExcelFiles.Sheet("填写说明", ExcelFiles.SharedRow(1, 0) + ExcelFiles.SharedRow(2, 1)),
             new ExcelFiles.Sheet("商品", data, """<mergeCells count="1"><mergeCell ref="A1:L1"/></mergeCells>""")],
            strings.Select(ExcelFiles.Si).ToList());
    }

    /// Files that cannot be imported: each gets a message a merchant can act on, never an error page.
    [Theory]
    [InlineData("old .xls", "这是旧版 Excel(.xls) 文件，请在 Excel 或 WPS 中另存为 .xlsx（或 CSV）后再导入")]
    [InlineData("password-protected workbook", "文件设置了打开密码，请在 Excel 中取消密码后另存为 .xlsx 再导入")]
    [InlineData("random bytes", "文件不是 CSV 或 Excel(.xlsx) 文件")]
    [InlineData("pdf", "文件不是 CSV 或 Excel(.xlsx) 文件")]
    [InlineData("empty file", "请选择要导入的文件")]
    [InlineData("truncated xlsx", "文件已损坏或不是 CSV / Excel(.xlsx) 文件，无法读取")]
    [InlineData("header only", "文件中没有数据行")]
    [InlineData("blank lines only", "文件中没有内容")]
    public async Task A_file_that_cannot_be_imported_gets_a_message_next_to_the_field(string kind, string message)
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var random = new byte[4096];
        new Random(14).NextBytes(random);
        var xlsx = SheetWriter.Xlsx("商品", CatalogSheet.SheetColumns, [Row("截断")]);
        var file = kind switch
        {
            "old .xls" => ExcelFiles.Ole2("Workbook"),
            "password-protected workbook" => ExcelFiles.Ole2("EncryptedPackage"),
            "random bytes" => random,
            "pdf" => [.. "%PDF-1.7\n"u8, .. random],
            "empty file" => [],
            "truncated xlsx" => xlsx[..(xlsx.Length / 2)],
            "header only" => ExcelFiles.ExcelChineseCsv(string.Join(",", CatalogSheet.Columns)),
            "blank lines only" => ExcelFiles.ExcelChineseCsv(",,,", "", ",,,"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var page = await merchant.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [],
            [new Upload("File", kind == "old .xls" ? "商品.xls" : "商品.xlsx", file, "application/octet-stream")]);

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.FieldError("File").ShouldBe(message, kind);
    }

    [Fact]
    public async Task Duplicate_columns_are_reported_on_the_header_row_instead_of_an_error_page()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var header = string.Join(",", CatalogSheet.Columns) + ",SKU编码,备注,备注";
        var file = ExcelFiles.ExcelChineseCsv("商品资料", header, string.Join(",", Row("重复列酒")) + ",X-2,a,b");

        var page = await merchant.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [],
            [new Upload("File", "商品.csv", file, "text/csv")]);

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.Document.QuerySelectorAll("[data-testid='import-errors'] tbody td").Select(td => td.TextContent.Trim())
            .ShouldBe(["2", CatalogSheet.Code, "该列出现了 2 次，请只保留一列"]);
        (await merchant.GetAsync("/merchant/products?q=重复列酒")).TestId("total").ShouldBe("共 0 条");
    }

    [Fact]
    public async Task An_export_imported_into_another_shop_creates_the_same_products_and_into_its_own_shop_changes_nothing()
    {
        var source = await CatalogWeb.MerchantAsync(factory);
        var bigBottle = Row("往返酒甲", "99.50", "3796534505285040002", "69012345678901");
        bigBottle[7] = "1.5L";
        // Codes Excel would mangle: leading zeros, 19 digits (rounded as a number), a leading "-" (read as a formula).
        var seed = Csv(Row("往返酒甲", "128.00", "000123", "0690123456789"), bigBottle, Row("往返酒乙", "18.70", "-A1", ""));
        (await source.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [], [new Upload("File", "seed.csv", seed, "text/csv")]))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var exportedXlsx = await source.Http.GetByteArrayAsync("/merchant/products/export.xlsx");
        var exportedCsv = await source.Http.GetByteArrayAsync("/merchant/products/export.csv");

        foreach (var (fileName, file) in new[] { ("catalog.xlsx", exportedXlsx), ("catalog.csv", exportedCsv) })
        {
            var target = await CatalogWeb.MerchantAsync(factory);
            var imported = await target.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [],
                [new Upload("File", fileName, file, "application/octet-stream")]);
            imported.Status.ShouldBe(HttpStatusCode.Redirect, $"{fileName}: {imported}");
            (await target.FollowAsync(imported)).TestId("flash").ShouldStartWith("已导入 2 个商品、3 个 SKU", customMessage: fileName);
            Rows(await target.Http.GetByteArrayAsync("/merchant/products/export.xlsx")).ShouldBe(Rows(exportedXlsx), fileName);
        }

        var again = await source.SubmitMultipartAsync("/merchant/products/import", "/merchant/products/import", [],
            [new Upload("File", "catalog.xlsx", exportedXlsx, "application/octet-stream")]);
        again.Status.ShouldBe(HttpStatusCode.OK, again.ToString());
        again.Document.QuerySelectorAll("[data-testid='import-errors'] tbody tr").Length.ShouldBe(3);
        (await source.Http.GetByteArrayAsync("/merchant/products/export.xlsx")).ShouldBe(exportedXlsx);
        Rows(exportedXlsx).ShouldContain(r => r.Contains("3796534505285040002") && r.Contains("99.50") && r.Contains("69012345678901"));
        Rows(exportedXlsx).ShouldContain(r => r.Contains("|-A1|") && r.Contains("18.70"));
    }

    /// The rows of an export as text, in a stable order (products created in one import share a creation time).
    private static List<string> Rows(byte[] xlsx)
    {
        var table = Read(xlsx);
        return table.Rows.Select(r => string.Join("|", CatalogSheet.Columns.Select(c => table.Cell(r, c)))).Order(StringComparer.Ordinal).ToList();
    }
}
