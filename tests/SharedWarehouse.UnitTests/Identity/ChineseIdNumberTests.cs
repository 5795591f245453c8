using SharedWarehouse.SharedKernel.Identity;
using Shouldly;
using Xunit;

namespace SharedWarehouse.UnitTests.Identity;

public sealed class ChineseIdNumberTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    // Check digits verified by hand: 11010519491231002X sums to 167, 167 mod 11 = 2 -> 'X';
    // 440524198001010013 sums to 196, 196 mod 11 = 9 -> '3'.
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524198001010013")]
    [InlineData("310115199003071239")]
    [InlineData("110105200002290013")] // 29 Feb in a leap year
    [InlineData("11010519000101001X")] // earliest accepted birth date
    [InlineData("110105202406010013")] // born today
    public void Known_valid_numbers_are_valid(string value) =>
        ChineseIdNumber.Check(value, Today).ShouldBe(IdNumberCheck.Valid);

    [Fact]
    public void Lower_case_x_check_character_is_accepted() =>
        ChineseIdNumber.Check("11010519491231002x", Today).ShouldBe(IdNumberCheck.Valid);

    [Fact]
    public void Surrounding_whitespace_is_ignored() =>
        ChineseIdNumber.Check("  11010519491231002X ", Today).ShouldBe(IdNumberCheck.Valid);

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("440524198001010014")]
    [InlineData("44052419800101001X")]
    public void A_wrong_check_digit_is_rejected(string value) =>
        ChineseIdNumber.Check(value, Today).ShouldBe(IdNumberCheck.WrongCheckDigit);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_input_is_empty(string? value) =>
        ChineseIdNumber.Check(value, Today).ShouldBe(IdNumberCheck.Empty);

    [Theory]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    [InlineData("110105491231002")] // old 15-digit format
    public void Anything_but_eighteen_characters_is_the_wrong_length(string value) =>
        ChineseIdNumber.Check(value, Today).ShouldBe(IdNumberCheck.WrongLength);

    [Theory]
    [InlineData("1101051949A231002X")]
    [InlineData("11010519491231002Y")]
    [InlineData("X10105194912310021")]
    [InlineData("１１010519491231002X")] // full-width digits
    public void Letters_and_non_ascii_digits_are_invalid_characters(string value) =>
        ChineseIdNumber.Check(value, Today).ShouldBe(IdNumberCheck.InvalidCharacters);

    [Fact]
    public void February_thirtieth_is_not_a_birth_date() =>
        ChineseIdNumber.Check("11010519900230001X", Today).ShouldBe(IdNumberCheck.InvalidBirthDate);

    [Fact]
    public void February_twenty_ninth_outside_a_leap_year_is_not_a_birth_date() =>
        ChineseIdNumber.Check("110105190102290014", Today).ShouldBe(IdNumberCheck.InvalidBirthDate);

    [Fact]
    public void A_birth_date_after_today_is_rejected() =>
        ChineseIdNumber.Check("110105202406020019", Today).ShouldBe(IdNumberCheck.InvalidBirthDate);

    // Both carry a correct check digit, so only the date can be the reason.
    [Theory]
    [InlineData("110105189912310015")]
    [InlineData("440524188001010014")] // the textbook example, born 1880
    public void A_birth_date_before_1900_is_rejected(string value) =>
        ChineseIdNumber.Check(value, Today).ShouldBe(IdNumberCheck.InvalidBirthDate);

    [Fact]
    public void The_clock_overload_accepts_a_past_birth_date() =>
        ChineseIdNumber.Check("11010519491231002X").ShouldBe(IdNumberCheck.Valid);

    [Fact]
    public void Normalize_trims_and_upper_cases_the_check_character() =>
        ChineseIdNumber.Normalize(" 11010519491231002x ").ShouldBe("11010519491231002X");

    [Fact]
    public void Mask_keeps_the_first_three_and_last_four_characters()
    {
        var masked = ChineseIdNumber.Mask("11010519491231002X");

        masked.ShouldBe("110***********002X");
        masked.Length.ShouldBe(18);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1101052")]
    public void Mask_of_empty_or_short_input_reveals_nothing(string? value) =>
        ChineseIdNumber.Mask(value).ShouldBe("***");
}
