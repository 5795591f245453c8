using SharedWarehouse.Modules.Printing.Rendering;

namespace SharedWarehouse.UnitTests.Printing;

public sealed class LineFitterTests
{
    private static List<string> Fit(int paper, params Run[] runs) =>
        LineFitter.Fit(new Block(new LineStyle(), runs), Paper.PrintableDots(paper)).Select(l => l.Text).ToList();

    [Fact]
    public void Chinese_text_wraps_between_characters_and_latin_words_stay_whole()
    {
        // 32 columns: "地址 " is 5, then 13 characters (26) leave 1; "Building" does not fit, so it starts the next line.
        var lines = Fit(58, Run.Text("地址 "), Run.Text("广东省广州市白云区三元里道Building 5"));
        lines.ShouldBe(["地址 广东省广州市白云区三元里道", "Building 5"]);
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_and_opening_punctuation_never_ends_one()
    {
        // 16 characters fill 32 columns: "，" after the 16th goes with it to the next line.
        var lines = Fit(58, Run.Text("一二三四五六七八九十一二三四五六，七八"));
        lines.ShouldBe(["一二三四五六七八九十一二三四五", "六，七八"]);
        var opening = Fit(58, Run.Text("一二三四五六七八九十一二三四五（六）"));
        opening.ShouldBe(["一二三四五六七八九十一二三四五", "（六）"]);
    }

    [Fact]
    public void Text_past_its_last_line_ends_with_an_ellipsis_and_what_follows_still_prints()
    {
        var lines = Fit(58, Run.Text("商品 "), Run.Text(new string('衣', 40), maxLines: 2), Run.Text(" "), Run.Token("13800138000"));
        lines.Count.ShouldBe(3);
        lines[0].ShouldBe("商品 " + new string('衣', 13));
        lines[1].ShouldBe(new string('衣', 15) + "…");
        lines[2].ShouldBe("13800138000");
    }

    [Fact]
    public void A_large_block_falls_back_to_normal_size_when_a_token_does_not_fit_a_large_line()
    {
        var style = new LineStyle(Large: true, Bold: true, Centered: true);
        LineFitter.Fit(Block.Of(style, Run.Text("订单 "), Run.Token("DS2612066752")), 384).ShouldAllBe(l => l.Style.Large);
        var fallback = LineFitter.Fit(Block.Of(style, Run.Text("订单 "), Run.Token("DS261206675252599")), 384);
        fallback.Single().ShouldBe(new PrintedLine("订单 DS261206675252599", style with { Large = false }));
    }

    [Fact]
    public void What_the_printer_cannot_print_is_cleaned_before_it_is_measured()
    {
        PrinterText.Clean("连衣裙👗\u200B\uFE0F A\u0007B\u3000¥").ShouldBe("连衣裙? A B  ?");
        PrinterText.Columns("连衣裙 XL×1").ShouldBe(12);
        PrinterText.Dots("AB", PrinterFont.B).ShouldBe(18);
    }

    [Theory]
    [InlineData(58, 32, 42)]
    [InlineData(80, 48, 64)]
    public void Paper_widths_give_the_columns_of_each_font(int paper, int fontA, int fontB)
    {
        Paper.Columns(paper).ShouldBe(fontA);
        Paper.Columns(paper, PrinterFont.B).ShouldBe(fontB);
    }
}
