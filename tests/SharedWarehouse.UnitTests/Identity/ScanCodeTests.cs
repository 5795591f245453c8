using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.UnitTests.Identity;

public sealed class ScanCodeTests
{
    [Theory]
    [InlineData("sf1234567890", "SF1234567890")]               // Caps Lock on
    [InlineData("  SF 1234 5678 90\t", "SF1234567890")]       // pasted with spaces
    [InlineData("ＳＦ１２３４５６７８９０", "SF1234567890")]     // a Chinese input method in full-width mode
    [InlineData("sf\u3000123\u200B4", "SF1234")]               // ideographic space, zero-width space
    [InlineData("ds-2612-ab", "DS-2612-AB")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_code_is_brought_to_the_form_it_is_stored_in(string? typed, string stored) => ScanCode.Normalize(typed).ShouldBe(stored);

    [Fact]
    public void Normalising_twice_changes_nothing() =>
        ScanCode.Normalize(ScanCode.Normalize(" ｓｆ 12 ab ")).ShouldBe(ScanCode.Normalize(" ｓｆ 12 ab "));
}
