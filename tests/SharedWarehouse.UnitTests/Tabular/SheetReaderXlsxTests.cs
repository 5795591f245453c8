using SharedWarehouse.BuildingBlocks.Tabular;
using static SharedWarehouse.UnitTests.Tabular.ExcelFiles;

namespace SharedWarehouse.UnitTests.Tabular;

public sealed class SheetReaderXlsxTests
{
    private static readonly SheetSpec Spec = SheetReaderCsvTests.Spec;

    private static SheetTable Table(byte[] file)
    {
        var result = SheetReader.Read(file, Spec);
        result.Problem.ShouldBeNull();
        return result.Table!;
    }

    private static readonly string[] Headers = ["商品名称", "SKU编码", "零售价(元)", "条码"];

    [Fact]
    public void A_merged_title_cell_above_the_headers_is_skipped()
    {
        string[] strings = ["商品导入模板（请勿修改表头）", .. Headers, "茅台", "MT-1", "6901234567892"];
        var data = """<row r="1" spans="1:12" ht="30" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><c r="C1"/><c r="L1"/></row>"""
            + SharedRow(2, 1, 2, 3, 4)
            + """<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>6</v></c><c r="C3" s="1"><v>1499</v></c><c r="D3" s="4" t="s"><v>7</v></c></row>""";
        var file = Xlsx([new Sheet("商品", data, """<mergeCells count="1"><mergeCell ref="A1:L1"/></mergeCells>""")], strings.Select(Si).ToList());

        var table = Table(file);

        table.Format.ShouldBe(SheetFormat.Xlsx);
        table.HeaderRowNumber.ShouldBe(2);
        table.Header.ShouldBe(Headers);
        table.Rows.Single().Number.ShouldBe(3);
        table.Headers(table.Rows[0]).ShouldBe(["茅台", "MT-1", "1499.00", "6901234567892"]);
    }

    [Fact]
    public void An_instructions_sheet_before_the_data_sheet_is_passed_over()
    {
        string[] strings = ["填写说明", "1. 商品名称：必填", "2. SKU编码：必填，本店唯一", .. Headers, "汾酒", "FJ-1"];
        var instructions = SharedRow(1, 0) + SharedRow(2, 1) + SharedRow(3, 2) + SharedRow(4, 3);
        var data = SharedRow(1, 3, 4, 5, 6) + SharedRow(2, 7, 8);
        var file = Xlsx([new Sheet("填写说明", instructions), new Sheet("商品数据", data)], strings.Select(Si).ToList());

        var table = Table(file);

        table.SheetName.ShouldBe("商品数据");
        table.Cell(table.Rows.Single(), "SKU编码").ShouldBe("FJ-1");
    }

    [Fact]
    public void A_hidden_sheet_with_the_headers_is_used_only_when_no_visible_one_has_them()
    {
        string[] strings = [.. Headers, "隐藏", "H-1", "可见", "V-1"];
        var hidden = SharedRow(1, 0, 1, 2, 3) + SharedRow(2, 4, 5);
        var visible = SharedRow(1, 0, 1, 2, 3) + SharedRow(2, 6, 7);

        Table(Xlsx([new Sheet("旧", hidden, Hidden: true), new Sheet("新", visible)], strings.Select(Si).ToList())).SheetName.ShouldBe("新");
    }

    [Fact]
    public void A_formula_price_reads_as_its_cached_value_rounded_to_the_columns_decimals()
    {
        string[] strings = [.. Headers, "啤酒", "PJ-1"];
        var data = SharedRow(1, 0, 1, 2, 3)
            + """<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><f>17*1.1</f><v>18.700000000000003</v></c><c r="D2"><f>C2*2</f><v>37.400000000000006</v></c></row>""";

        var table = Table(Xlsx([new Sheet("商品", data)], strings.Select(Si).ToList()));

        table.Cell(table.Rows[0], "零售价(元)").ShouldBe("18.70");
        table.Cell(table.Rows[0], "条码").ShouldBe("37.4"); // no declared decimals: the 15 significant digits Excel shows
    }

    [Fact]
    public void A_formula_with_a_text_result_reads_its_cached_text()
    {
        string[] strings = [.. Headers];
        var data = SharedRow(1, 0, 1, 2, 3)
            + """<row r="2"><c r="A2" t="str"><f>"酒"&amp;"水"</f><v>酒水</v></c><c r="B2" t="str"><f>"A"&amp;1</f><v>A1</v></c></row>""";

        var table = Table(Xlsx([new Sheet("商品", data)], strings.Select(Si).ToList()));

        table.Cell(table.Rows[0], "商品名称").ShouldBe("酒水");
        table.Cell(table.Rows[0], "SKU编码").ShouldBe("A1");
    }

    [Fact]
    public void Shared_strings_with_rich_text_and_phonetic_runs_and_inline_strings_read_as_their_text()
    {
        string[] strings =
        [
            .. Headers.Select(Si),
            "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>青花</t></r><r><t xml:space=\"preserve\"> 汾酒</t></r><rPh sb=\"0\" eb=\"2\"><t>チンファ</t></rPh><phoneticPr fontId=\"1\"/></si>",
        ];
        var data = SharedRow(1, 0, 1, 2, 3)
            + """<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="inlineStr"><is><t>QH-20</t></is></c><c r="D2" t="inlineStr"><is><r><t>690</t></r><r><t>1234567892</t></r></is></c></row>""";

        var table = Table(Xlsx([new Sheet("商品", data)], strings));

        table.Headers(table.Rows[0]).ShouldBe(["青花 汾酒", "QH-20", "", "6901234567892"]);
    }

    [Fact]
    public void Cells_skipped_in_a_row_land_in_their_own_columns()
    {
        string[] strings = [.. Headers, "酒", "6901234567892"];
        var data = SharedRow(1, 0, 1, 2, 3) + """<row r="5"><c r="A5" t="s"><v>4</v></c><c r="D5" t="s"><v>5</v></c></row>""";

        var table = Table(Xlsx([new Sheet("商品", data)], strings.Select(Si).ToList()));

        table.Rows[0].Number.ShouldBe(5);
        table.Headers(table.Rows[0]).ShouldBe(["酒", "", "", "6901234567892"]);
    }

    [Fact]
    public void Date_cells_read_as_dates_and_long_numbers_as_excel_shows_them()
    {
        var spec = new SheetSpec(["下单时间", "付款日期", "订单号"], ["订单号"]);
        string[] strings = ["下单时间", "付款日期", "订单号"];
        var data = SharedRow(1, 0, 1, 2)
            + """<row r="2"><c r="A2" s="2"><v>46346.5</v></c><c r="B2" s="3"><v>46346</v></c><c r="C2"><v>3.7965345052850401E+18</v></c></row>""";

        var table = SheetReader.Read(Xlsx([new Sheet("订单", data)], strings.Select(Si).ToList()), spec).Table!;

        table.Cell(table.Rows[0], "下单时间").ShouldBe("2026-11-20 12:00:00");
        table.Cell(table.Rows[0], "付款日期").ShouldBe("2026-11-20 00:00:00");
        table.Cell(table.Rows[0], "订单号").ShouldBe("3796534505285040000");
    }

    [Fact]
    public void Guards_typed_into_xlsx_text_cells_are_removed_too()
    {
        string[] strings = [.. Headers, "'000789", "=\"3796500000000000002\""];
        var data = SharedRow(1, 0, 1, 2, 3) + """<row r="2"><c r="B2" t="s"><v>4</v></c><c r="D2" t="s"><v>5</v></c></row>""";

        var table = Table(Xlsx([new Sheet("商品", data)], strings.Select(Si).ToList()));

        table.Headers(table.Rows[0]).ShouldBe(["", "000789", "", "3796500000000000002"]);
    }

    [Fact]
    public void Duplicate_headers_in_a_sheet_are_reported()
    {
        string[] strings = [.. Headers, "备注"];
        var data = SharedRow(1, 0, 1, 2, 1, 4, 4) + SharedRow(2, 0, 1);

        Table(Xlsx([new Sheet("商品", data)], strings.Select(Si).ToList())).DuplicateColumns.ShouldBe(["SKU编码", "备注"]);
    }
}

internal static class TableTestExtensions
{
    /// The row's cells under each header of the table, in header order.
    public static string[] Headers(this SheetTable table, SheetRow row) => table.Header.Select((_, i) => i < row.Cells.Count ? row.Cells[i] : "").ToArray();
}
