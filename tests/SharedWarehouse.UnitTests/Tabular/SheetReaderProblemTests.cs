using System.IO.Compression;
using System.Text;
using SharedWarehouse.BuildingBlocks.Tabular;
using static SharedWarehouse.UnitTests.Tabular.ExcelFiles;

namespace SharedWarehouse.UnitTests.Tabular;

public sealed class SheetReaderProblemTests
{
    private static readonly SheetSpec Spec = SheetReaderCsvTests.Spec;

    private static string ProblemOf(byte[] file)
    {
        var result = SheetReader.Read(file, Spec);
        result.Table.ShouldBeNull();
        return result.Problem.ShouldNotBeNull().Message;
    }

    /// The start of an OLE2 compound file as Excel 97-2003 writes a .xls: the header, then (in the directory) the
    /// stream names in UTF-16.
    private static byte[] Ole2(string streamName)
    {
        var file = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        file[0x18] = 0x3E; file[0x1A] = 0x03; file[0x1C] = 0xFE; file[0x1D] = 0xFF; file[0x1E] = 0x09;
        Encoding.Unicode.GetBytes("Root Entry").CopyTo(file, 1024);
        Encoding.Unicode.GetBytes(streamName).CopyTo(file, 1024 + 128);
        return file;
    }

    [Fact]
    public void An_empty_file_is_a_problem() => ProblemOf([]).ShouldBe("文件是空的");

    [Fact]
    public void A_file_of_blank_lines_is_a_problem() => ProblemOf(Utf8BomCsv("", " , ", "")).ShouldBe("文件中没有内容");

    [Fact]
    public void An_old_xls_asks_to_save_as_xlsx() =>
        ProblemOf(Ole2("Workbook")).ShouldBe("这是旧版 Excel(.xls) 文件，请在 Excel 或 WPS 中另存为 .xlsx（或 CSV）后再导入");

    [Fact]
    public void A_password_protected_workbook_asks_to_remove_the_password() =>
        ProblemOf(Ole2("EncryptedPackage")).ShouldBe("文件设置了打开密码，请在 Excel 中取消密码后另存为 .xlsx 再导入");

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_a_problem()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open())) writer.Write("<document/>");

        ProblemOf(stream.ToArray()).ShouldBe("文件不是 CSV 或 Excel(.xlsx) 文件");
    }

    [Fact]
    public void An_ods_spreadsheet_asks_to_save_as_xlsx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())) writer.Write("application/vnd.oasis.opendocument.spreadsheet");
            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open())) writer.Write("<office:document-content/>");
        }

        ProblemOf(stream.ToArray()).ShouldStartWith("这是 OpenDocument(.ods) 表格");
    }

    [Fact]
    public void A_truncated_xlsx_is_a_problem()
    {
        var file = Xlsx([new Sheet("商品", SharedRow(1, 0, 1))], [Si("商品名称"), Si("SKU编码")]);

        ProblemOf(file[..(file.Length / 2)]).ShouldBe("文件已损坏或不是 CSV / Excel(.xlsx) 文件，无法读取");
    }

    [Fact]
    public void Pictures_and_pdfs_are_not_text()
    {
        ProblemOf([0x89, .. "PNG\r\n\u001a\n"u8, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 1, 0]).ShouldBe("文件不是 CSV 或 Excel(.xlsx) 文件");
        ProblemOf([.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nstream\n"u8, .. Enumerable.Range(0, 200).Select(i => (byte)(i * 7))])
            .ShouldBe("文件不是 CSV 或 Excel(.xlsx) 文件");
    }

    [Fact]
    public void Random_bytes_are_always_a_problem_and_never_an_exception()
    {
        var random = new Random(20261120);
        for (var i = 0; i < 300; i++)
        {
            var file = new byte[random.Next(64, 4096)];
            random.NextBytes(file);
            SheetReader.Read(file, Spec).Problem.ShouldNotBeNull($"random file #{i}");
        }
    }

    [Fact]
    public void Damaged_workbooks_give_a_table_or_a_problem_never_an_exception()
    {
        string[] strings = ["商品名称", "SKU编码", "零售价(元)", "酒", "A1"];
        var good = Xlsx([new Sheet("商品", SharedRow(1, 0, 1, 2) + """<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="1"><v>9.9</v></c></row>""")],
            strings.Select(Si).ToList());
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var file = (byte[])good.Clone();
            for (var k = random.Next(1, 8); k > 0; k--) file[random.Next(4, file.Length)] = (byte)random.Next(256);
            var result = SheetReader.Read(file, Spec);
            (result.Table is null).ShouldNotBe(result.Problem is null, $"damaged file #{i}");
        }
    }

    [Fact]
    public void Workbook_parts_with_broken_references_give_a_problem_or_an_empty_read()
    {
        // Shared string index out of range, a style index that does not exist, a cell reference past column XFD.
        var data = SharedRow(1, 0, 1) + """<row r="2"><c r="A2" t="s"><v>99</v></c><c r="B2" s="77"><v>5</v></c><c r="ZZZZ2"><v>1</v></c></row>""";

        var table = SheetReader.Read(Xlsx([new Sheet("商品", data)], [Si("商品名称"), Si("SKU编码")]), Spec).Table!;

        table.Rows.Single().Cells.Take(2).ShouldBe(["", "5"]);
    }
}
