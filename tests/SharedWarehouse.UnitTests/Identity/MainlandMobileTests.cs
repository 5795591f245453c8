using SharedWarehouse.SharedKernel.Identity;
using Shouldly;
using Xunit;

namespace SharedWarehouse.UnitTests.Identity;

public sealed class MainlandMobileTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("19912345678")]
    [InlineData(" 15012345678 ")]
    public void Eleven_digit_numbers_starting_13_to_19_are_valid(string value) =>
        MainlandMobile.IsValid(value).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("138123456789")] // 12 digits
    [InlineData("1381234567")] // 10 digits
    [InlineData("12812345678")] // no 12x mobile block
    [InlineData("23812345678")]
    [InlineData("1381234567a")]
    [InlineData("٣3812345678")] // an Arabic-Indic digit is not folded
    [InlineData("17012345678-1234")] // a privacy number is a recipient's number, not an account's
    [InlineData("0086 138 1234 567")]
    public void Other_input_is_invalid(string? value) =>
        MainlandMobile.IsValid(value).ShouldBeFalse();

    [Theory]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+8613812345678")]
    [InlineData("86-138-1234-5678")]
    [InlineData("8613812345678")]
    [InlineData("138-1234-5678")]
    [InlineData(" 138 1234 5678 ")]
    [InlineData("0086 138 1234 5678")]
    [InlineData("１３８１２３４５６７８")] // typed with a Chinese input method in full-width mode
    [InlineData("＋８６　１３８－１２３４－５６７８")]
    [InlineData("138–1234–5678")] // en dash, as word processors turn hyphens
    public void Country_code_spaces_and_hyphens_are_normalised_away(string value)
    {
        MainlandMobile.IsValid(value).ShouldBeTrue();
        var normalised = MainlandMobile.Normalize(value);

        normalised.ShouldBe("13812345678");
        MainlandMobile.IsValid(normalised).ShouldBeTrue();
    }

    [Fact]
    public void A_leading_86_is_kept_when_the_rest_is_not_a_full_number() =>
        MainlandMobile.Normalize("8613812345").ShouldBe("8613812345");

    [Fact]
    public void Mask_hides_the_middle_four_digits() =>
        MainlandMobile.Mask("13812345678").ShouldBe("138****5678");

    [Fact]
    public void Mask_normalises_first() =>
        MainlandMobile.Mask("+86 138-1234-5678").ShouldBe("138****5678");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234")]
    public void Mask_of_empty_or_short_input_reveals_nothing(string? value) =>
        MainlandMobile.Mask(value).ShouldBe("***");
}
