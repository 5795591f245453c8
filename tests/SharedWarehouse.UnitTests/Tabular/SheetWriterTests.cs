using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using SharedWarehouse.BuildingBlocks.Tabular;

namespace SharedWarehouse.UnitTests.Tabular;

public sealed class SheetWriterTests
{
    public static readonly SheetColumn[] Columns =
    [
        new("订单号"), new("商品名称"), new("条码"), new("数量", CellKind.Integer), new("单价(元)", CellKind.Decimal, 2),
        new("重量(千克)", CellKind.Decimal, 3), new("发货时间(UTC)", CellKind.DateTime),
    ];

    public static readonly IReadOnlyList<object?>[] Rows =
    [
        ["3796534505285040002", "青花汾酒 20年", "0690123456789", 2, 1499.5m, 1.25m, new DateTime(2026, 11, 20, 8, 30, 5, DateTimeKind.Utc)],
        ["3796534505285040003", "=HYPERLINK(\"http://x\")", null, 12L, 18.7m, 0m, null],
        ["A-1", "含,逗号\"引号\"\n换行", "1-2", null, null, null, null],
    ];

    private static readonly SheetSpec Spec = new(Columns.Select(c => c.Header).ToList(), ["订单号"])
    {
        Decimals = new Dictionary<string, int> { ["单价(元)"] = 2, ["重量(千克)"] = 3 },
    };

    private static XDocument Part(byte[] xlsx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var stream = zip.GetEntry(name).ShouldNotBeNull($"{name} is missing").Open();
        return XDocument.Load(stream);
    }

    [Fact]
    public void Xlsx_round_trips_through_the_reader()
    {
        var table = SheetReader.Read(SheetWriter.Xlsx("订单", Columns, Rows), Spec).Table!;

        table.SheetName.ShouldBe("订单");
        table.Header.ShouldBe(Columns.Select(c => c.Header).ToList());
        table.Headers(table.Rows[0]).ShouldBe(["3796534505285040002", "青花汾酒 20年", "0690123456789", "2", "1499.50", "1.250", "2026-11-20 08:30:05"]);
        table.Headers(table.Rows[1]).ShouldBe(["3796534505285040003", "=HYPERLINK(\"http://x\")", "", "12", "18.70", "0.000", ""]);
        table.Headers(table.Rows[2]).ShouldBe(["A-1", "含,逗号\"引号\"\n换行", "1-2", "", "", "", ""]);
    }

    [Fact]
    public void Xlsx_stores_numbers_as_numbers_and_ids_as_text_with_a_styles_part_and_no_prefixed_elements()
    {
        var xlsx = SheetWriter.Xlsx("订单", Columns, Rows);
        var sheet = Part(xlsx, "xl/worksheets/sheet1.xml");
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var cells = sheet.Descendants(main + "c").ToDictionary(c => (string)c.Attribute("r")!);
        var styles = Part(xlsx, "xl/styles.xml");
        var formats = styles.Descendants(main + "numFmt").ToDictionary(f => (int)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        var xfs = styles.Descendants(main + "cellXfs").Single().Elements(main + "xf").Select(x => (int)x.Attribute("numFmtId")!).ToList();
        int FormatOf(string cell) => xfs[(int)cells[cell].Attribute("s")!];

        cells["A2"].Attribute("t")!.Value.ShouldBe("s");
        FormatOf("A2").ShouldBe(49); // "@": Excel keeps a retyped id as text
        cells["C2"].Attribute("t")!.Value.ShouldBe("s");
        cells["D2"].Attribute("t").ShouldBeNull();
        cells["D2"].Value.ShouldBe("2");
        cells["E2"].Attribute("t").ShouldBeNull();
        cells["E2"].Value.ShouldBe("1499.5");
        formats[FormatOf("E2")].ShouldBe("0.00");
        formats[FormatOf("F2")].ShouldBe("0.000");
        formats[FormatOf("G2")].ShouldBe("yyyy-mm-dd hh:mm:ss");
        double.Parse(cells["G2"].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(new DateTime(2026, 11, 20, 8, 30, 5).ToOADate(), 1e-9);
        cells.ShouldNotContainKey("C3"); // null = no cell
        sheet.Descendants(main + "pane").Single().Attribute("state")!.Value.ShouldBe("frozen");
        styles.Descendants(main + "b").ShouldNotBeEmpty();
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            reader.ReadToEnd().ShouldNotContain("<x:", customMessage: entry.FullName);
        }
    }

    [Fact]
    public void An_integer_too_long_for_excel_is_written_as_text_not_rounded()
    {
        var xlsx = SheetWriter.Xlsx("s", [new SheetColumn("编号", CellKind.Integer)], [[3796534505285040002L]]);
        var table = SheetReader.Read(xlsx, new SheetSpec(["编号"], ["编号"])).Table!;

        table.Rows[0].Cells[0].ShouldBe("3796534505285040002");
    }

    [Fact]
    public void Control_characters_and_bad_sheet_names_do_not_break_the_file()
    {
        var xlsx = SheetWriter.Xlsx("订单[1]/2026:11?*" + new string('长', 40), [new SheetColumn("备注")], [["a\u0001b\u0008c"]]);
        var table = SheetReader.Read(xlsx, new SheetSpec(["备注"], ["备注"])).Table!;

        table.Rows[0].Cells[0].ShouldBe("abc");
        table.SheetName!.Length.ShouldBe(31);
        table.SheetName.ShouldStartWith("订单_1__2026_11__");
    }

    [Fact]
    public void Csv_is_utf8_with_a_byte_order_mark_and_crlf_with_ids_guarded_and_formulas_defused()
    {
        var csv = SheetWriter.Csv(Columns, Rows);

        csv.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n");
        lines[0].ShouldBe("订单号,商品名称,条码,数量,单价(元),重量(千克),发货时间(UTC)");
        lines[1].ShouldBe("=\"3796534505285040002\",青花汾酒 20年,=\"0690123456789\",2,1499.50,1.250,2026-11-20 08:30:05");
        lines[2].ShouldBe("=\"3796534505285040003\",\"'=HYPERLINK(\"\"http://x\"\")\",,12,18.70,0.000,");
        lines[3].ShouldBe("A-1,\"含,逗号\"\"引号\"\"\n换行\",=\"1-2\",,,,");
        lines[4].ShouldBe("");
    }

    [Fact]
    public void Csv_round_trips_through_the_reader()
    {
        var table = SheetReader.Read(SheetWriter.Csv(Columns, Rows), Spec).Table!;

        table.Headers(table.Rows[0]).ShouldBe(["3796534505285040002", "青花汾酒 20年", "0690123456789", "2", "1499.50", "1.250", "2026-11-20 08:30:05"]);
        table.Headers(table.Rows[1]).ShouldBe(["3796534505285040003", "=HYPERLINK(\"http://x\")", "", "12", "18.70", "0.000", ""]);
        table.Headers(table.Rows[2]).ShouldBe(["A-1", "含,逗号\"引号\"\n换行", "1-2", "", "", "", ""]);
    }
}
