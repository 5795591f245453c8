using System.Xml.Linq;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Rendering;

namespace SharedWarehouse.UnitTests.Printing;

/// Labels and waybills with what real orders carry (long Chinese names and addresses, 19-digit marketplace ids,
/// privacy numbers with an extension) are played through EscPosInterpreter, a printer of our own reading the bytes:
/// no line may be wider than the paper, no number may be split, and the SVG preview must draw exactly those lines.
public sealed class PaperFitTests
{
    private const string Title = "2026冬季新款韩版宽松显瘦中长款羽绒服女加厚白鸭绒连帽大毛领外套潮流百搭过膝大码保暖面包服（现货速发，七天无理由退换）";

    internal static readonly LabelContent LongLabel = new("DS7K2M9QX4TB", "DS26120667525259", "JK-2026-001-BLK-XL / ST-88-2026",
        "藏青色拼接撞色款（加绒加厚）", "XXL（建议体重160-180斤）", "广州十三行新中国大厦 6 楼 A 区 3-112 号 珍珍服饰（靠近电梯）", 1_234_567,
        "欧阳娜娜娜娜娜", new DateOnly(2026, 12, 6), IncludeQr: true, Title: Title);

    private const string Address = "新疆维吾尔自治区 和田地区 和安县 英艾日克乡 幸福路 188 号 丝路电商产业园 3 号楼 2 单元 1208 室（工作日送货，周末请放菜鸟驿站）";

    internal static readonly WaybillContent LongWaybill = new("SF1234567890123", "顺丰速运",
        new WaybillParty("阿卜杜热合曼·买买提依明·艾力", "17012345678-1234", Address),
        new WaybillParty("广州市白云区三元里大道珍珍服饰批发商行", "+86 166 0898 1234", "广东省 广州市 白云区 三元里大道 1166 号 金桂园服装城 B 座 3 楼 312"),
        string.Join("；", Enumerable.Repeat(Title + " 黑色 XL ×1", 3)), 3, "3796500000000000002", new DateOnly(2026, 12, 6));

    public static TheoryData<int> Papers => [58, 80];

    [Theory]
    [MemberData(nameof(Papers))]
    public void No_line_of_a_long_pick_label_is_wider_than_the_paper_and_no_number_is_split(int paper)
    {
        foreach (var label in new[] { LongLabel, LongLabel with { OrderNumber = "3796500000000000002" } })
        {
            var printed = EscPosInterpreter.Run(LabelRenderingTests.Bytes(label, paper));

            printed.Lines.ShouldAllBe(l => l.Dots <= Paper.PrintableDots(paper), string.Join("\n", printed.Lines.Select(l => $"{l.Dots} {l.Text}")));
            printed.Barcodes.Single().Dots.ShouldBeLessThanOrEqualTo(Paper.PrintableDots(paper));
            foreach (var token in new[] { label.OrderNumber, "JK-2026-001-BLK-XL", "ST-88-2026", "12345.67", "2026-12-06" })
                printed.Lines.Count(l => l.Text.Contains(token, StringComparison.Ordinal)).ShouldBe(1, token);
            var title = printed.Lines.SkipWhile(l => !l.Text.StartsWith("商品", StringComparison.Ordinal)).TakeWhile(l => !l.Text.StartsWith("SKU", StringComparison.Ordinal)).ToList();
            title.Count.ShouldBe(2);
            title[^1].Text.ShouldEndWith("…");
        }
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void No_line_of_a_long_waybill_is_wider_than_the_paper_no_number_is_split_and_the_address_is_whole(int paper)
    {
        var printed = EscPosInterpreter.Run(WaybillRenderingTests.Bytes(LongWaybill, paper));

        printed.Lines.ShouldAllBe(l => l.Dots <= Paper.PrintableDots(paper), string.Join("\n", printed.Lines.Select(l => $"{l.Dots} {l.Text}")));
        printed.Barcodes.Single().Dots.ShouldBeLessThanOrEqualTo(Paper.PrintableDots(paper));
        foreach (var token in new[] { "17012345678-1234", "+86 166 0898 1234", "SF1234567890123", "3796500000000000002" })
            printed.Lines.Count(l => l.Text.Contains(token, StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(1, token);
        var receiver = printed.Lines.SkipWhile(l => !l.Text.StartsWith("收件人", StringComparison.Ordinal)).ToList();
        var address = receiver.SkipWhile(l => !l.Text.StartsWith("地址", StringComparison.Ordinal)).TakeWhile(l => !l.Text.StartsWith("---", StringComparison.Ordinal));
        string.Concat(address.Select(l => l.Text)).Replace(" ", "").ShouldBe("地址" + Address.Replace(" ", ""));
        var contents = printed.Lines.SkipWhile(l => !l.Text.StartsWith("物品", StringComparison.Ordinal)).TakeWhile(l => !l.Text.StartsWith("件数", StringComparison.Ordinal)).ToList();
        contents.Count.ShouldBe(3);
        contents[^1].Text.ShouldEndWith("…");
    }

    [Fact]
    public void The_order_number_stays_large_on_its_own_line_on_58_mm_and_beside_its_prefix_on_80_mm()
    {
        var narrow = EscPosInterpreter.Run(LabelRenderingTests.Bytes(LongLabel, 58)).Lines;
        narrow.Take(2).Select(l => (l.Text, l.Large)).ShouldBe([("订单", true), ("DS26120667525259", true)]);
        narrow[1].Dots.ShouldBe(384); // 16 characters at double width: exactly the 48 mm the head prints
        var wide = EscPosInterpreter.Run(LabelRenderingTests.Bytes(LongLabel, 80)).Lines;
        (wide[0].Text, wide[0].Large).ShouldBe(("订单 DS26120667525259", true));

        // A 19-digit marketplace id is too wide at double size even alone on 58 mm: normal size, whole.
        var id = EscPosInterpreter.Run(LabelRenderingTests.Bytes(LongLabel with { OrderNumber = "3796500000000000002" }, 58)).Lines[0];
        (id.Text, id.Large, id.Bold, id.Align).ShouldBe(("订单 3796500000000000002", false, true, 1));
    }

    [Fact]
    public void A_phone_number_moves_whole_to_the_next_line_instead_of_being_cut()
    {
        var waybill = LongWaybill with { Receiver = new WaybillParty("李四李四李四", "13800000000", "北京市 东城区 1 号") };
        var lines = EscPosInterpreter.Run(WaybillRenderingTests.Bytes(waybill, 58)).Lines.Select(l => l.Text).ToList();
        // "收件人 李四李四李四 " leaves 12 columns: the 11-digit number fits; one more character of name and it moves.
        lines.ShouldContain("收件人 李四李四李四 13800000000");
        var longer = EscPosInterpreter.Run(WaybillRenderingTests.Bytes(waybill with { Receiver = waybill.Receiver with { Name = "李四李四李四李" } }, 58))
            .Lines.Select(l => l.Text).ToList();
        longer.ShouldContain("收件人 李四李四李四李");
        longer.ShouldContain("13800000000");
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void The_svg_preview_draws_exactly_the_lines_the_printer_prints(int paper)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        foreach (var (layout, bytes) in new[]
                 {
                     (LabelLayout.For(LongLabel, paper), LabelRenderingTests.Bytes(LongLabel, paper)),
                     (WaybillLayout.For(LongWaybill, paper), WaybillRenderingTests.Bytes(LongWaybill, paper)),
                 })
        {
            var svg = XDocument.Parse(SvgPreview.Render(layout));
            svg.Root!.Attribute("width")!.Value.ShouldBe(Paper.PrintableDots(paper).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var drawn = svg.Descendants(ns + "text").Where(t => t.Attribute("data-line") is not null)
                .Select(t => (t.Value, Large: t.Attribute("data-large") is not null, Font: t.Attribute("data-font")?.Value ?? "A",
                    Width: int.Parse(t.Attribute("textLength")!.Value, System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            var printed = EscPosInterpreter.Run(bytes).Lines.Select(l => (l.Text, l.Large, Font: l.Font.ToString(), Width: l.Dots)).ToList();
            drawn.ShouldBe(printed);
        }
    }

    [Fact]
    public void A_code_too_long_for_a_line_prints_alone_in_font_b_and_one_too_long_even_for_that_is_cut_into_full_lines()
    {
        var fortyChars = new string('7', 40);
        var lines = LineFitter.Fit(Block.Of(new LineStyle(Bold: true), Run.Text("订单 "), Run.Token(fortyChars)), Paper.PrintableDots(58));
        lines.Select(l => (l.Text, l.Font)).ShouldBe([("订单", PrinterFont.A), (fortyChars, PrinterFont.B)]);
        lines[1].Dots.ShouldBe(360);

        var fiftyChars = string.Concat(Enumerable.Range(0, 50).Select(i => (char)('A' + i % 26)));
        var cut = LineFitter.Fit(Block.Of(new LineStyle(), Run.Text("SKU "), Run.Token(fiftyChars)), Paper.PrintableDots(58));
        cut.Select(l => l.Text).ShouldBe(["SKU", fiftyChars[..32], fiftyChars[32..]]);
        cut.ShouldAllBe(l => l.Dots <= 384);
    }

    [Fact]
    public void A_barcode_too_wide_for_the_paper_is_reported_rather_than_silently_skipped_by_the_printer()
    {
        var tracking = "JDVA" + new string('X', 26); // 30 characters of set B: 32 symbols of 11 modules at 2 dots = 770 dots
        var layout = WaybillLayout.For(LongWaybill with { TrackingNumber = tracking }, 58);
        layout.Fits.ShouldBeFalse();
        WaybillLayout.For(LongWaybill, 58).Fits.ShouldBeTrue();
    }
}
