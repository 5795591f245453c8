using System.Globalization;

namespace SharedWarehouse.SharedKernel.Identity;

public enum IdNumberCheck
{
    Valid,
    Empty,
    WrongLength,
    InvalidCharacters,
    InvalidBirthDate,
    WrongCheckDigit,
}

// Mainland resident identity card number, GB 11643-1999: 6-digit region, 8-digit birth date,
// 3-digit sequence, ISO 7064 MOD 11-2 check character. Only the structure is verified; the region
// code is not looked up because the official list changes and old cards stay valid after re-zoning.
public static class ChineseIdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // Nobody born before 1900 still needs an account, and it rejects typos like 0990 for 1990.
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static IdNumberCheck Check(string? value) =>
        Check(value, DateOnly.FromDateTime(DateTime.UtcNow));

    // "today" is a parameter so tests around the future-date boundary do not depend on the clock.
    public static IdNumberCheck Check(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return IdNumberCheck.Empty;
        }

        var id = value.AsSpan().Trim();
        if (id.Length != Length)
        {
            return IdNumberCheck.WrongLength;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return IdNumberCheck.InvalidCharacters;
            }
        }

        var last = id[Length - 1];
        if (!char.IsAsciiDigit(last) && last is not ('X' or 'x'))
        {
            return IdNumberCheck.InvalidCharacters;
        }

        if (!DateOnly.TryParseExact(id.Slice(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth < EarliestBirthDate
            || birth > today)
        {
            return IdNumberCheck.InvalidBirthDate;
        }

        return char.ToUpperInvariant(last) == ComputeCheckCharacter(id)
            ? IdNumberCheck.Valid
            : IdNumberCheck.WrongCheckDigit;
    }

    public static bool IsValid(string? value) => Check(value) == IdNumberCheck.Valid;

    // Stored form: people type a lower-case x as often as an upper-case one.
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant();
    }

    // For lists and logs: region prefix and the last four are enough for a person to recognise
    // their own number without exposing the birth date.
    public static string Mask(string? value)
    {
        var id = value?.Trim() ?? "";
        const int keepStart = 3, keepEnd = 4;
        if (id.Length <= keepStart + keepEnd)
        {
            return "***";
        }

        return string.Concat(
            id.AsSpan(0, keepStart),
            new string('*', id.Length - keepStart - keepEnd),
            id.AsSpan(id.Length - keepEnd)).ToUpperInvariant();
    }

    // Caller guarantees the first 17 characters are ASCII digits.
    private static char ComputeCheckCharacter(ReadOnlySpan<char> id)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
