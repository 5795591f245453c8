using System.Text;
using System.Text.RegularExpressions;

namespace SharedWarehouse.SharedKernel.Identity;

// Mainland China mobile numbers: 11 digits starting 13x-19x. Validating the prefix range rather than
// a carrier list keeps new number blocks (e.g. 19x, 16x) working without a code change.
// The one rule for a person's own number (sign-in, SMS, pickers, printers, stalls, offline orders' buyers); where a
// parcel's recipient is reached (address book, dropship, waybills) RecipientPhone also admits privacy numbers and landlines.
public static partial class MainlandMobile
{
    // Valid as people write it: every caller stores Normalize(value), so a pasted "+86 139 1234 5678" is
    // accepted everywhere alike (sign-in, SMS, the address book, pickers, printers, stalls).
    public static bool IsValid(string? value) =>
        value is not null && Pattern().IsMatch(Normalize(value));

    // Accepts what people paste from contacts and chat apps: "+86 138-1234-5678", "0086 13812345678",
    // "138 1234 5678", full-width digits typed with a Chinese input method. The country code is only stripped
    // when exactly a mobile number's worth of digits follows, so a malformed number is left for IsValid to reject.
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        var builder = new StringBuilder(value.Length);
        foreach (var c in PhoneText.FoldWidth(value))
        {
            if (!char.IsWhiteSpace(c) && !PhoneText.IsDash(c))
            {
                builder.Append(c);
            }
        }

        var compact = builder.ToString();
        foreach (var prefix in CountryPrefixes)
        {
            if (compact.Length == prefix.Length + 11 && compact.StartsWith(prefix, StringComparison.Ordinal))
            {
                return compact[prefix.Length..];
            }
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

    private static readonly string[] CountryPrefixes = ["+86", "0086", "86"];

    // [0-9] rather than \d: .NET's \d also matches Arabic-Indic and other Unicode digits, which would pass
    // validation and then fail at the SMS gateway (full-width digits are folded by Normalize first).
    [GeneratedRegex("^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
