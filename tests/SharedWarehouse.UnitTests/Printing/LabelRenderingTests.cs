using System.Xml.Linq;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Rendering;

namespace SharedWarehouse.UnitTests.Printing;

public sealed class LabelRenderingTests
{
    internal static readonly LabelContent Label = new("SW0001234", "SO20261123001", "JK-001-BLK-XL", "黑色", "XL", "十三行 A区 3-112", 1250, "王五",
        new DateOnly(2026, 11, 23));

    internal static byte[] Bytes(LabelContent label, int paper) => EscPosWriter.Write(LabelLayout.For(label, paper));

    private static string Hex(byte[] bytes) =>
        string.Join("\n", bytes.Chunk(16).Select(c => Convert.ToHexString(c))) + "\n";

    /// The golden files were produced after a deliberate layout change and checked against the Epson reference (the
    /// explicit tests below spell out the parts, EscPosInterpreter plays them); SW_UPDATE_GOLDEN=1 rewrites them.
    [Theory]
    [InlineData(58, false, "label-58.hex")]
    [InlineData(80, true, "label-80-qr.hex")]
    public void The_bytes_match_the_golden_file(int paper, bool qr, string file)
    {
        var bytes = Bytes(Label with { IncludeQr = qr }, paper);
        if (Environment.GetEnvironmentVariable("SW_UPDATE_GOLDEN") == "1") File.WriteAllText(Golden.Path(file), Hex(bytes));
        Hex(bytes).ShouldBe(File.ReadAllText(Golden.Path(file)));
    }

    [Fact]
    public void The_label_starts_with_init_and_chinese_mode_and_ends_with_feed_and_cut()
    {
        var bytes = Bytes(Label, 58);
        bytes.Take(4).ShouldBe(new byte[] { 0x1B, 0x40, 0x1C, 0x26 });                  // ESC @, FS &
        bytes.TakeLast(7).ShouldBe(new byte[] { 0x1B, 0x64, 3, 0x1D, 0x56, 66, 0 });      // ESC d 3, GS V 66 0
        // First line: centred, double size, bold, Font A, then "订单" in GB18030 (订 B6A9, 单 B5A5): on 58 mm the order
        // number takes the next line, as "订单 SO20261123001" at double size would be 36 of 32 columns.
        bytes.Skip(4).Take(17).ShouldBe(new byte[] { 0x1B, 0x61, 1, 0x1D, 0x21, 0x11, 0x1B, 0x45, 1, 0x1B, 0x4D, 0, 0xB6, 0xA9, 0xB5, 0xA5, 0x0A });
    }

    [Fact]
    public void The_barcode_is_code128_set_B_of_the_label_id_with_height_width_and_text_below()
    {
        var bytes = Bytes(Label, 58);
        var expected = new byte[] { 0x1D, 0x68, 80, 0x1D, 0x77, 2, 0x1D, 0x48, 2, 0x1D, 0x6B, 73, 11 }
            .Concat("{BSW0001234"u8.ToArray()).ToArray();
        IndexOf(bytes, expected).ShouldBeGreaterThan(0);
        IndexOf(bytes, [0x1D, 0x28, 0x6B]).ShouldBe(-1); // no QR unless asked
        EscPosInterpreter.Run(bytes).Barcodes.Single().Data.ShouldBe("SW0001234");
    }

    [Fact]
    public void A_wider_paper_gets_wider_bars_and_the_qr_code_carries_the_label_id()
    {
        var bytes = Bytes(Label with { IncludeQr = true }, 80);
        IndexOf(bytes, [0x1D, 0x77, 3]).ShouldBeGreaterThan(0);
        var store = new byte[] { 0x1D, 0x28, 0x6B, 12, 0, 49, 80, 48 }.Concat("SW0001234"u8.ToArray()).ToArray();
        IndexOf(bytes, store).ShouldBeGreaterThan(0);
        IndexOf(bytes, [0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48]).ShouldBeGreaterThan(0);
        EscPosInterpreter.Run(bytes).QrCodes.ShouldBe(["SW0001234"]);
    }

    [Fact]
    public void Money_is_printed_in_yuan_and_control_characters_in_text_never_reach_the_printer()
    {
        var lines = EscPosInterpreter.Run(Bytes(Label with { Stall = "A\u001B@B", PickupPriceFen = 100_005 }, 58)).Lines.Select(l => l.Text).ToList();
        lines.ShouldContain("拿货价 1000.05 元");
        lines.ShouldContain("档口 A @B");
    }

    [Fact]
    public void The_svg_preview_shows_the_same_lines_and_the_bars_of_the_label_id()
    {
        var label = Label with { Stall = "<A&B>" };
        var svg = XDocument.Parse(SvgPreview.Render(LabelLayout.For(label, 58)));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var lines = svg.Descendants(ns + "text").Where(t => t.Attribute("data-line") is not null).Select(t => t.Value).ToList();
        lines.ShouldBe(EscPosInterpreter.Run(Bytes(label, 58)).Lines.Select(l => l.Text).ToList());
        lines.ShouldBe(["订单", "SO20261123001", "SKU JK-001-BLK-XL", "颜色 黑色  尺码 XL", "档口 <A&B>", "拿货价 12.50 元", "拿货员 王五", "日期 2026-11-23"]);

        var barcode = svg.Descendants(ns + "g").Single(g => g.Attribute("data-barcode") is not null);
        barcode.Attribute("data-barcode")!.Value.ShouldBe("SW0001234");
        var values = Code128.Values("SW0001234");
        var bars = barcode.Elements(ns + "rect").ToList();
        bars.Count.ShouldBe(3 * (values.Count - 1) + 4);
        var first = int.Parse(bars[0].Attribute("x")!.Value);
        var last = bars[^1];
        (int.Parse(last.Attribute("x")!.Value) + int.Parse(last.Attribute("width")!.Value) - first).ShouldBe(Code128.ModuleCountOf(values) * 2);
        svg.Descendants(ns + "text").Single(t => t.Attribute("data-hri") is not null).Value.ShouldBe("SW0001234");
    }

    internal static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }
}

internal static class Golden
{
    public static string Path(string name) =>
        System.IO.Path.Combine(RepoRoot(), "tests", "SharedWarehouse.UnitTests", "Printing", "golden", name);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SharedWarehouse.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
