using System.Security.Cryptography;

namespace SharedWarehouse.Modules.Courier.Gateways.Simulator;

/// The simulator's tracking numbers look like a Chinese carrier's: the carrier code, 11 digits and a Luhn check
/// digit (e.g. SIM123456789015), so a mistyped or misread digit is caught before anyone searches for the parcel.
public static class SimulatorTrackingNumber
{
    public const int BodyDigits = 11;

    public static string New(string prefix)
    {
        Span<char> body = stackalloc char[BodyDigits];
        body[0] = (char)('1' + RandomNumberGenerator.GetInt32(9)); // no leading zero: some systems drop it
        for (var i = 1; i < BodyDigits; i++) body[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        var digits = new string(body);
        return prefix + digits + CheckDigit(digits);
    }

    /// Luhn (ISO/IEC 7812): from the rightmost digit leftwards every second digit doubled (the check digit will be
    /// appended to the right), digits of the products summed; the check digit makes the total a multiple of 10.
    public static char CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }

    public static bool IsValid(string? number, string prefix)
    {
        if (number is null || number.Length != prefix.Length + BodyDigits + 1 || !number.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var digits = number[prefix.Length..];
        return digits.All(char.IsAsciiDigit) && digits[0] != '0' && CheckDigit(digits[..^1]) == digits[^1];
    }
}
