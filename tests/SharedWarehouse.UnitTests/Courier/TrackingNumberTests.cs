using SharedWarehouse.Modules.Courier.Gateways.Simulator;

namespace SharedWarehouse.UnitTests.Courier;

public sealed class TrackingNumberTests
{
    [Fact]
    public void The_check_digit_is_luhn_over_the_digits()
    {
        SimulatorTrackingNumber.CheckDigit("7992739871").ShouldBe('3'); // the textbook example 79927398713
        SimulatorTrackingNumber.CheckDigit("12345678901").ShouldBe('5');
    }

    [Fact]
    public void A_new_number_is_the_carrier_code_eleven_digits_without_a_leading_zero_and_a_valid_check_digit()
    {
        var numbers = Enumerable.Range(0, 500).Select(_ => SimulatorTrackingNumber.New("SIM")).ToList();

        numbers.ShouldAllBe(n => System.Text.RegularExpressions.Regex.IsMatch(n, "^SIM[1-9][0-9]{11}$"));
        numbers.ShouldAllBe(n => SimulatorTrackingNumber.IsValid(n, "SIM"));
        numbers.Distinct().Count().ShouldBe(numbers.Count);
    }

    [Fact]
    public void A_misread_digit_or_two_swapped_neighbours_fail_the_check()
    {
        const string number = "SIM123456789015";
        SimulatorTrackingNumber.IsValid(number, "SIM").ShouldBeTrue();

        SimulatorTrackingNumber.IsValid("SIM123456789016", "SIM").ShouldBeFalse();
        SimulatorTrackingNumber.IsValid("SIM123457789015", "SIM").ShouldBeFalse();
        SimulatorTrackingNumber.IsValid("SIM213456789015", "SIM").ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SIM12345678901")]
    [InlineData("SIM1234567890152")]
    [InlineData("SF123456789012")]
    [InlineData("SIM023456789015")]
    [InlineData("SIM12345678901X")]
    public void Other_shapes_are_not_valid(string? number) => SimulatorTrackingNumber.IsValid(number, "SIM").ShouldBeFalse();
}
