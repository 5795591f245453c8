using SharedWarehouse.SharedKernel.Identity;
using Shouldly;
using Xunit;

namespace SharedWarehouse.UnitTests.Identity;

public sealed class RecipientPhoneTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 166 0898 1234", "16608981234")]
    [InlineData("0086-138-1234-5678", "13812345678")]
    [InlineData("１３８１２３４５６７８", "13812345678")]
    public void A_plain_mobile_is_kept_as_its_eleven_digits(string given, string stored)
    {
        RecipientPhone.KindOf(given).ShouldBe(RecipientPhoneKind.Mobile);
        RecipientPhone.Normalize(given).ShouldBe(stored);
    }

    [Theory]
    [InlineData("17012345678-1234")] // Taobao / Pinduoduo privacy number
    [InlineData("17012345678转1234")]
    [InlineData("17012345678#1234")]
    [InlineData("17012345678,1234")]
    [InlineData("+86 17012345678-1234")]
    [InlineData(" 17012345678-1234 ")]
    public void A_privacy_number_with_its_extension_is_stored_as_given(string given)
    {
        RecipientPhone.KindOf(given).ShouldBe(RecipientPhoneKind.MobileWithExtension);
        RecipientPhone.Normalize(given).ShouldBe(given.Trim());
    }

    [Fact]
    public void A_full_width_privacy_number_is_folded_to_ascii() =>
        RecipientPhone.Normalize("１７０１２３４５６７８－１２３４").ShouldBe("17012345678-1234");

    [Theory]
    [InlineData("010-62345678")]
    [InlineData("0571 8765 4321")]
    [InlineData("(020)83456789")]
    [InlineData("0755-2345678")]
    [InlineData("010-62345678-801")]
    [InlineData("021-62345678转801")]
    public void A_landline_with_its_area_code_is_stored_as_given(string given)
    {
        RecipientPhone.KindOf(given).ShouldBe(RecipientPhoneKind.Landline);
        RecipientPhone.Normalize(given).ShouldBe(given);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("62345678")] // a landline without its area code cannot be dialled from elsewhere
    [InlineData("12812345678")]
    [InlineData("17012345678-")] // the extension cut off
    [InlineData("17012345678转")]
    [InlineData("17012345678-1234567")] // extensions are at most six digits
    [InlineData("17012345678 1234")] // a space alone does not say "extension"
    [InlineData("+86 170 1234 5678 转 12345678")] // longer than any column stores
    [InlineData("010-02345678")]
    public void Anything_else_is_refused(string? given) =>
        RecipientPhone.IsValid(given).ShouldBeFalse();
}
