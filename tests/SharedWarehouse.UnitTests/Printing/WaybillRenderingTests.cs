using System.Xml.Linq;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Rendering;

namespace SharedWarehouse.UnitTests.Printing;

public sealed class WaybillRenderingTests
{
    internal static readonly WaybillContent Waybill = new("SIM123456789015", "模拟快递",
        new WaybillParty("张三", "13912345678", "上海市 徐汇区 漕溪北路 88 号 5 栋 1203 室（请放快递柜，勿放门口）"),
        new WaybillParty("王五", "13800138000", "广东省 广州市 天河区 天河路 385 号"), "连衣裙 黑色 M", 2, "SO20261123001", new DateOnly(2026, 11, 23));

    internal static byte[] Bytes(WaybillContent waybill, int paper) => EscPosWriter.Write(WaybillLayout.For(waybill, paper));

    private static string Hex(byte[] bytes) => string.Join("\n", bytes.Chunk(16).Select(c => Convert.ToHexString(c))) + "\n";

    /// Produced after a deliberate layout change and checked against the Epson reference (the explicit tests below spell
    /// out the parts, EscPosInterpreter plays them); SW_UPDATE_GOLDEN=1 rewrites them.
    [Theory]
    [InlineData(58, "waybill-58.hex")]
    [InlineData(80, "waybill-80.hex")]
    public void The_bytes_match_the_golden_file(int paper, string file)
    {
        var bytes = Bytes(Waybill, paper);
        if (Environment.GetEnvironmentVariable("SW_UPDATE_GOLDEN") == "1") File.WriteAllText(Golden.Path(file), Hex(bytes));
        Hex(bytes).ShouldBe(File.ReadAllText(Golden.Path(file)));
    }

    [Fact]
    public void The_courier_name_comes_first_large_and_centred_and_the_waybill_ends_with_feed_and_cut()
    {
        var bytes = Bytes(Waybill, 80);
        bytes.Take(4).ShouldBe(new byte[] { 0x1B, 0x40, 0x1C, 0x26 });
        // ESC a 1, GS ! 0x11, ESC E 1, ESC M 0, then 模拟 in GB18030 (模 C4A3, 拟 C4E2).
        bytes.Skip(4).Take(16).ShouldBe(new byte[] { 0x1B, 0x61, 1, 0x1D, 0x21, 0x11, 0x1B, 0x45, 1, 0x1B, 0x4D, 0, 0xC4, 0xA3, 0xC4, 0xE2 });
        bytes.TakeLast(7).ShouldBe(new byte[] { 0x1B, 0x64, 3, 0x1D, 0x56, 66, 0 });
    }

    [Fact]
    public void The_tracking_number_barcode_is_code128_with_its_digits_in_code_set_C()
    {
        var bytes = Bytes(Waybill, 58);
        // GS h 100, GS w 2, GS H 2 (text below), GS k 73 n=13: "{B" "SIM" "{C" then 12 34 56 78 90 15 as single bytes.
        var expected = new byte[] { 0x1D, 0x68, 100, 0x1D, 0x77, 2, 0x1D, 0x48, 2, 0x1D, 0x6B, 73, 13, (byte)'{', (byte)'B', (byte)'S', (byte)'I', (byte)'M',
            (byte)'{', (byte)'C', 12, 34, 56, 78, 90, 15 };
        LabelRenderingTests.IndexOf(bytes, expected).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Code_set_C_takes_runs_of_four_or_more_digits_leaving_an_odd_first_digit_in_set_B()
    {
        Code128.Segments("SIM123456789015").ShouldBe([new Code128.Segment('B', "SIM"), new Code128.Segment('C', "123456789015")]);
        Code128.Segments("AB12345").ShouldBe([new Code128.Segment('B', "AB1"), new Code128.Segment('C', "2345")]);
        Code128.Segments("123456-A12").ShouldBe([new Code128.Segment('C', "123456"), new Code128.Segment('B', "-A12")]);

        // Start B, S I M, Code C, six pairs, check, stop; the check is (104 + Σ position × value) mod 103.
        var values = Code128.CompactValues("SIM123456789015");
        values.ShouldBe([104, 51, 41, 45, 99, 12, 34, 56, 78, 90, 15, values[^2], 106]);
        values[^2].ShouldBe((104 + 1 * 51 + 2 * 41 + 3 * 45 + 4 * 99 + 5 * 12 + 6 * 34 + 7 * 56 + 8 * 78 + 9 * 90 + 10 * 15) % 103);
        Code128.CompactValues("123456")[0].ShouldBe(Code128.StartC);
    }

    [Theory]
    [InlineData(58)]
    [InlineData(80)]
    public void The_barcode_fits_the_paper_and_the_address_is_wrapped_whole(int paper)
    {
        var printed = EscPosInterpreter.Run(Bytes(Waybill, paper));
        printed.Barcodes.Single().Dots.ShouldBeLessThanOrEqualTo(Paper.PrintableDots(paper));
        printed.Lines.ShouldAllBe(l => l.Dots <= Paper.PrintableDots(paper));
        var address = printed.Lines.SkipWhile(l => !l.Text.StartsWith("地址", StringComparison.Ordinal))
            .TakeWhile(l => !l.Text.StartsWith("---", StringComparison.Ordinal)).Select(l => l.Text);
        string.Concat(address).Replace(" ", "").ShouldBe(("地址 " + Waybill.Receiver.Address).Replace(" ", ""));
    }

    [Fact]
    public void The_svg_preview_shows_the_same_lines_and_the_bars_of_the_tracking_number()
    {
        var waybill = Waybill with { Contents = "<裙&子>" };
        var svg = XDocument.Parse(SvgPreview.Render(WaybillLayout.For(waybill, 58)));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var lines = svg.Descendants(ns + "text").Where(t => t.Attribute("data-line") is not null).Select(t => t.Value).ToList();
        lines.ShouldBe(EscPosInterpreter.Run(Bytes(waybill, 58)).Lines.Select(l => l.Text).ToList());
        lines.ShouldContain("收件人 张三 13912345678");
        lines.ShouldContain("物品 <裙&子>");
        var barcode = svg.Descendants(ns + "g").Single(g => g.Attribute("data-barcode") is not null);
        barcode.Attribute("data-barcode")!.Value.ShouldBe("SIM123456789015");
        var values = Code128.CompactValues("SIM123456789015");
        barcode.Elements(ns + "rect").Count().ShouldBe(3 * (values.Count - 1) + 4);
    }

    [Fact]
    public void Control_characters_in_the_text_never_reach_the_printer()
    {
        EscPosInterpreter.Run(Bytes(Waybill with { Contents = "A\u001B@B" }, 58)).Lines.Select(l => l.Text).ShouldContain("物品 A @B");
    }
}
