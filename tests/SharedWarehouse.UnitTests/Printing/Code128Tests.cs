using SharedWarehouse.Modules.Printing.Rendering;

namespace SharedWarehouse.UnitTests.Printing;

public sealed class Code128Tests
{
    [Theory]
    // Worked by hand: value = ASCII - 32; check = (104 + Σ position × value) mod 103.
    [InlineData("AB", 102)]        // 104 + 33×1 + 34×2 = 205 → 102
    [InlineData("PJJ123C", 55)]    // 104 + 48 + 84 + 126 + 68 + 90 + 114 + 245 = 879 → 55
    [InlineData("0", 17)]          // 104 + 16 = 120 → 17
    public void The_check_value_is_the_weighted_sum_modulo_103(string text, int expected)
    {
        var values = Code128.Values(text);
        values[0].ShouldBe(Code128.StartB);
        values[^1].ShouldBe(Code128.Stop);
        values[^2].ShouldBe(expected);
    }

    [Fact]
    public void Every_symbol_is_eleven_modules_of_three_bars_and_the_stop_thirteen()
    {
        var widths = Code128.Widths("SW-2026-0001");
        widths.Sum().ShouldBe(Code128.ModuleCount(12));
        widths.Count.ShouldBe(6 * 14 + 7); // start, 12 data, check: 6 elements each; stop: 7
        widths.Take(6).ShouldBe([2, 1, 1, 2, 1, 4]); // start B = 211214
        widths.TakeLast(7).ShouldBe([2, 3, 3, 1, 1, 1, 2]); // stop + termination bar
        for (var i = 0; i < 14; i++) widths.Skip(i * 6).Take(6).Sum().ShouldBe(11);
    }

    [Fact]
    public void Distinct_characters_give_distinct_patterns()
    {
        var patterns = Enumerable.Range(32, 95).Select(c => string.Join("", Code128.Widths(((char)c).ToString()).Skip(6).Take(6))).ToList();
        patterns.Distinct().Count().ShouldBe(95);
    }

    [Theory]
    [InlineData("")]
    [InlineData("标签")]
    [InlineData("A\nB")]
    public void Only_printable_ascii_is_accepted(string text)
    {
        Code128.CanEncode(text).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => Code128.Values(text));
    }
}
