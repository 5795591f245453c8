using System.Text;
using System.Text.RegularExpressions;

namespace SharedWarehouse.SharedKernel.Identity;

// Mainland China mobile numbers: 11 digits starting 13x-19x. Validating the prefix range rather than
// a carrier list keeps new number blocks (e.g. 19x, 16x) working without a code change.
public static partial class MainlandMobile
{
    public static bool IsValid(string? value) =>
        value is not null && Pattern().IsMatch(value.Trim());

    // Accepts what people paste from contacts: "+86 138-1234-5678", "86 13812345678".
    // The country code is only stripped when exactly a mobile number's worth of digits follows,
    // so a malformed number is left as typed for IsValid to reject.
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                builder.Append(c);
            }
        }

        var compact = builder.ToString();
        if (compact.Length == 14 && compact.StartsWith("+86", StringComparison.Ordinal))
        {
            return compact[3..];
        }

        if (compact.Length == 13 && compact.StartsWith("86", StringComparison.Ordinal))
        {
            return compact[2..];
        }

        return compact;
    }

    public static string Mask(string? value)
    {
        var number = value is null ? "" : Normalize(value);
        const int keepStart = 3, keepEnd = 4;
        if (number.Length <= keepStart + keepEnd)
        {
            return "***";
        }

        return string.Concat(
            number.AsSpan(0, keepStart),
            new string('*', number.Length - keepStart - keepEnd),
            number.AsSpan(number.Length - keepEnd));
    }

    // [0-9] rather than \d: .NET's \d also matches full-width and other Unicode digits, which
    // would pass validation and then fail at the SMS gateway.
    [GeneratedRegex("^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
