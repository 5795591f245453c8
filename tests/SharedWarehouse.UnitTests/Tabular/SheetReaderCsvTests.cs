using System.Text;
using SharedWarehouse.BuildingBlocks.Tabular;
using static SharedWarehouse.UnitTests.Tabular.ExcelFiles;

namespace SharedWarehouse.UnitTests.Tabular;

public sealed class SheetReaderCsvTests
{
    public static readonly SheetSpec Spec = new(["商品名称", "SKU编码", "零售价(元)", "条码", "订单号"], ["商品名称", "SKU编码"])
    {
        Decimals = new Dictionary<string, int> { ["零售价(元)"] = 2 },
        Aliases = new Dictionary<string, IReadOnlyList<string>> { ["SKU编码"] = ["商家编码"] },
    };

    private static SheetTable Table(byte[] file)
    {
        var result = SheetReader.Read(file, Spec);
        result.Problem.ShouldBeNull();
        return result.Table!;
    }

    private static string[] Cells(SheetTable table, int row, params string[] columns) => columns.Select(c => table.Cell(table.Rows[row], c)).ToArray();

    [Fact]
    public void An_excel_zh_cn_csv_is_gbk_without_a_byte_order_mark_and_reads_as_chinese()
    {
        var file = ExcelChineseCsv("商品名称,SKU编码,零售价(元)", "贵州茅台酒（飞天）,MT-53,1499.00", "五粮液·普五,WLY-52,1099");

        file.Take(3).ShouldNotBe(Encoding.UTF8.GetPreamble());
        var table = Table(file);

        table.Format.ShouldBe(SheetFormat.Csv);
        table.Header.ShouldBe(["商品名称", "SKU编码", "零售价(元)"]);
        Cells(table, 0, "商品名称", "SKU编码", "零售价(元)").ShouldBe(["贵州茅台酒（飞天）", "MT-53", "1499.00"]);
        Cells(table, 1, "商品名称").ShouldBe(["五粮液·普五"]);
        table.Rows.Select(r => r.Number).ShouldBe([2, 3]);
    }

    [Fact]
    public void A_gb18030_file_with_characters_beyond_gbk_reads_them()
    {
        // U+20BB7 𠮷 is a four-byte sequence in GB18030 and absent from GBK.
        var table = Table(Gb18030.GetBytes("商品名称,SKU编码\r\n𠮷野家牛肉饭,JYJ-1\r\n"));

        table.Cell(table.Rows[0], "商品名称").ShouldBe("𠮷野家牛肉饭");
    }

    [Fact]
    public void A_utf8_csv_with_a_byte_order_mark_keeps_the_first_header_clean()
    {
        var table = Table(Utf8BomCsv("商品名称,SKU编码", "酒,A1"));

        table.Header[0].ShouldBe("商品名称");
        table.IndexOf("商品名称").ShouldBe(0);
    }

    [Fact]
    public void Utf8_without_a_byte_order_mark_is_recognised_as_utf8()
    {
        var table = Table(Encoding.UTF8.GetBytes("商品名称,SKU编码\n汾酒,FJ-1\n"));

        table.Cell(table.Rows[0], "商品名称").ShouldBe("汾酒");
    }

    [Fact]
    public void Excel_unicode_text_is_utf16_with_tabs()
    {
        var table = Table(ExcelUnicodeText("商品名称\tSKU编码\t零售价(元)", "剑南春, 水晶剑\tJNC-1\t459.00"));

        Cells(table, 0, "商品名称", "SKU编码", "零售价(元)").ShouldBe(["剑南春, 水晶剑", "JNC-1", "459.00"]);
    }

    [Fact]
    public void A_tab_separated_utf8_file_splits_on_tabs_even_when_cells_hold_commas()
    {
        var table = Table(Encoding.UTF8.GetBytes("商品名称\tSKU编码\t条码\r\n酒,白酒\tA,1\t6901234567892\r\n"));

        Cells(table, 0, "商品名称", "SKU编码", "条码").ShouldBe(["酒,白酒", "A,1", "6901234567892"]);
    }

    [Fact]
    public void A_semicolon_separated_file_is_read()
    {
        var table = Table(Encoding.UTF8.GetBytes("商品名称;SKU编码\r\n酒;B-2\r\n"));

        Cells(table, 0, "SKU编码").ShouldBe(["B-2"]);
    }

    [Fact]
    public void Cell_guards_are_removed_from_ids_written_to_survive_excel()
    {
        var table = Table(ExcelChineseCsv(
            "商品名称,SKU编码,订单号,条码",
            "酒,=\"000123\",=\"3796500000000000002\",\t6901234567892",
            "酒,'000124,\"=\"\"3796500000000000003\"\"\", 6901234567893 "));

        Cells(table, 0, "SKU编码", "订单号", "条码").ShouldBe(["000123", "3796500000000000002", "6901234567892"]);
        Cells(table, 1, "SKU编码", "订单号", "条码").ShouldBe(["000124", "3796500000000000003", "6901234567893"]);
    }

    [Fact]
    public void A_guard_that_is_a_real_formula_is_left_alone()
    {
        var table = Table(Encoding.UTF8.GetBytes("商品名称,SKU编码\r\n\"=\"\"a\"\"&\"\"b\"\"\",X\r\n"));

        table.Cell(table.Rows[0], "商品名称").ShouldBe("=\"a\"&\"b\"");
    }

    [Fact]
    public void Duplicate_header_names_are_reported_and_the_first_column_is_used()
    {
        var table = Table(ExcelChineseCsv("商品名称,SKU编码,备注,SKU编码,备注", "酒,A1,x,A2,y"));

        table.DuplicateColumns.ShouldBe(["SKU编码", "备注"]);
        table.Cell(table.Rows[0], "SKU编码").ShouldBe("A1");
    }

    [Fact]
    public void A_title_row_above_the_header_is_skipped_and_row_numbers_stay_those_excel_shows()
    {
        var table = Table(ExcelChineseCsv("商品导入表（2026年11月）,,", ",,", "商品名称,SKU编码,零售价(元)", "酒,A1,10.00", ",,", "酒,A2,11.00"));

        table.HeaderRowNumber.ShouldBe(3);
        table.Rows.Select(r => r.Number).ShouldBe([4, 6]);
        table.Cell(table.Rows[1], "SKU编码").ShouldBe("A2");
    }

    [Fact]
    public void Headers_match_whatever_brackets_spaces_and_required_marks_people_type()
    {
        var table = Table(Encoding.UTF8.GetBytes("*商品名称, SKU 编码 ,零售价（元）(必填)\r\n酒,A1,9.90\r\n"));

        table.MissingColumns.ShouldBeEmpty();
        Cells(table, 0, "商品名称", "SKU编码", "零售价(元)").ShouldBe(["酒", "A1", "9.90"]);
        table.Header.ShouldBe(["*商品名称", "SKU 编码", "零售价（元）(必填)"]);
    }

    [Fact]
    public void An_alias_finds_a_known_column_under_another_name()
    {
        var table = Table(Encoding.UTF8.GetBytes("商品名称,商家编码\r\n酒,SJ-1\r\n"));

        table.Cell(table.Rows[0], "SKU编码").ShouldBe("SJ-1");
        table.MissingColumns.ShouldBeEmpty();
    }

    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks_and_numbering_follows_records()
    {
        var table = Table(Encoding.UTF8.GetBytes("商品名称,SKU编码\r\n\"酒,\"\"好\"\"\r\n第二行\",A1\r\n酒,A2\r\n"));

        table.Cell(table.Rows[0], "商品名称").ShouldBe("酒,\"好\"\r\n第二行");
        table.Rows.Select(r => r.Number).ShouldBe([2, 3]);
    }

    [Fact]
    public void Missing_required_columns_are_listed()
    {
        var table = Table(Encoding.UTF8.GetBytes("商品名称,数量\r\n酒,1\r\n"));

        table.MissingColumns.ShouldBe(["SKU编码"]);
        table.IndexOf("SKU编码").ShouldBe(-1);
        table.Cell(table.Rows[0], "SKU编码").ShouldBe("");
    }

    [Fact]
    public void More_rows_than_allowed_is_a_problem()
    {
        var spec = Spec with { MaxRows = 3 };
        var lines = new[] { "商品名称,SKU编码" }.Concat(Enumerable.Range(1, 4).Select(i => $"酒,A{i}")).ToArray();

        var problem = SheetReader.Read(Utf8BomCsv(lines), spec).Problem!;
        problem.Message.ShouldBe("一次最多导入 {0} 行");
        problem.Args.ShouldBe([3]);
        SheetReader.Read(Utf8BomCsv(lines[..4]), spec).Table!.Rows.Count.ShouldBe(3);
    }

    [Fact]
    public void A_header_without_data_rows_is_a_table_without_rows() =>
        Table(Utf8BomCsv("商品名称,SKU编码")).Rows.ShouldBeEmpty();
}
