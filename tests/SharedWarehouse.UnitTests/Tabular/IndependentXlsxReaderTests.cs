using System.Text.Json;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Catalog.Features.Import;

namespace SharedWarehouse.UnitTests.Tabular;

/// The app's XLSX opened by libraries we do not maintain (exceljs, SheetJS), and theirs opened by our reader.
public sealed class IndependentXlsxReaderTests
{
    private static readonly SheetColumn[] Columns = SheetWriterTests.Columns;

    [XlsxCheckFact]
    public async Task Exceljs_and_sheetjs_open_the_written_xlsx_with_numbers_as_numbers_and_the_19_digit_id_as_exact_text()
    {
        var xlsx = SheetWriter.Xlsx("订单", Columns, SheetWriterTests.Rows);

        var read = await XlsxCheck.ReadAsync(xlsx);

        foreach (var library in new[] { "exceljs", "sheetjs" })
        {
            read.GetProperty(library).GetProperty("sheets")[0].GetProperty("name").GetString().ShouldBe("订单", library);
            var cells = XlsxCheck.Cells(read, library);
            cells["A1"].Value.GetString().ShouldBe("订单号", library);
            cells["A2"].ShouldSatisfyAllConditions(library,
                c => c.Type.ShouldBe("string"), c => c.Value.GetString().ShouldBe("3796534505285040002"));
            cells["C2"].Value.GetString().ShouldBe("0690123456789", library); // leading zero kept: text
            cells["D2"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("number"), c => c.Value.GetDecimal().ShouldBe(2m));
            cells["E2"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("number"), c => c.Value.GetDecimal().ShouldBe(1499.5m));
            cells["F2"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("number"), c => c.Value.GetDecimal().ShouldBe(1.25m));
            cells["E3"].Value.GetDecimal().ShouldBe(18.7m, library);
            cells["B3"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("string"), c => c.Value.GetString().ShouldBe("=HYPERLINK(\"http://x\")"));
            cells.ShouldNotContainKey("C3", library);
        }
        XlsxCheck.Cells(read, "exceljs")["G2"].ShouldSatisfyAllConditions(
            c => c.Type.ShouldBe("date"), c => c.Value.GetString().ShouldBe("2026-11-20T08:30:05.000Z"));
        var formats = read.GetProperty("sheetjs").GetProperty("sheets")[0].GetProperty("rows")[1].GetProperty("cells").EnumerateArray()
            .ToDictionary(c => c.GetProperty("ref").GetString()!, c => c.GetProperty("text").GetString());
        formats["E2"].ShouldBe("1499.50");
        formats["F2"].ShouldBe("1.250");
        formats["G2"].ShouldBe("2026-11-20 08:30:05");
    }

    [XlsxCheckFact]
    public async Task What_the_independent_readers_see_round_trips_through_our_reader()
    {
        var xlsx = SheetWriter.Xlsx("订单", Columns, SheetWriterTests.Rows);
        var read = await XlsxCheck.ReadAsync(xlsx);
        var ours = SheetReader.Read(xlsx, new SheetSpec(Columns.Select(c => c.Header).ToList(), ["订单号"])
        {
            Decimals = new Dictionary<string, int> { ["单价(元)"] = 2 },
        }).Table!;

        var theirs = XlsxCheck.Cells(read, "sheetjs");
        for (var row = 0; row < ours.Rows.Count; row++)
            foreach (var (column, index) in new[] { ("订单号", 0), ("商品名称", 1), ("条码", 2) })
            {
                var reference = (char)('A' + index) + (row + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var expected = theirs.TryGetValue(reference, out var cell) ? cell.Value.GetString() : "";
                ours.Cell(ours.Rows[row], column).ShouldBe(expected, reference);
            }
        ours.Cell(ours.Rows[0], "单价(元)").ShouldBe("1499.50");
    }

    [XlsxCheckFact]
    public async Task A_workbook_written_by_exceljs_reads_through_our_reader()
    {
        var xlsx = await XlsxCheck.WriteAsync(new
        {
            sheets = new object[]
            {
                new { name = "说明", rows = new object?[][] { ["填写说明"], ["零售价保留两位小数"] } },
                new
                {
                    name = "商品",
                    merges = new[] { "A1:D1" },
                    rows = new object?[][]
                    {
                        ["商品导入表", null, null, null],
                        ["商品名称", "SKU编码", "零售价(元)", "条码"],
                        ["啤酒", new { text = "000123" }, new { formula = "17*1.1", result = 18.700000000000003 }, new { text = "6901234567892" }],
                        ["白酒", "BJ-1", 99, 6901234567893L],
                        ["日期", "RQ-1", new { date = "2026-11-20T08:30:00Z" }, null],
                    },
                },
            },
        });
        var spec = new SheetSpec(["商品名称", "SKU编码", "零售价(元)", "条码"], ["商品名称", "SKU编码"])
        {
            Decimals = new Dictionary<string, int> { ["零售价(元)"] = 2 },
        };

        var table = SheetReader.Read(xlsx, spec).Table!;

        table.SheetName.ShouldBe("商品");
        table.HeaderRowNumber.ShouldBe(2);
        table.Rows.Select(r => r.Number).ShouldBe([3, 4, 5]);
        table.Headers(table.Rows[0]).ShouldBe(["啤酒", "000123", "18.70", "6901234567892"]);
        table.Headers(table.Rows[1]).ShouldBe(["白酒", "BJ-1", "99.00", "6901234567893"]);
        table.Cell(table.Rows[2], "零售价(元)").ShouldBe("2026-11-20 08:30:00");
    }

    [XlsxCheckFact]
    public async Task The_catalog_template_opens_with_price_and_weight_as_numbers_and_code_and_barcode_as_text()
    {
        var read = await XlsxCheck.ReadAsync(CatalogSheet.Write([CatalogSheet.Example], SheetFormat.Xlsx));

        foreach (var library in new[] { "exceljs", "sheetjs" })
        {
            var cells = XlsxCheck.Cells(read, library);
            cells["G2"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("string"), c => c.Value.GetString().ShouldBe("JX-500"));
            cells["I2"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("number"), c => c.Value.GetDecimal().ShouldBe(128m));
            cells["J2"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("number"), c => c.Value.GetDecimal().ShouldBe(900m));
            cells["K2"].ShouldSatisfyAllConditions(library, c => c.Type.ShouldBe("string"), c => c.Value.GetString().ShouldBe("6901234567892"));
        }
    }
}
