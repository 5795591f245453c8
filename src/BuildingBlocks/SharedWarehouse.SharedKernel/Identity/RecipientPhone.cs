using System.Text.RegularExpressions;

namespace SharedWarehouse.SharedKernel.Identity;

public enum RecipientPhoneKind
{
    /// 11-digit mainland mobile, stored as its 11 digits.
    Mobile,

    /// A marketplace privacy number (虚拟号): a mobile number and an extension the courier dials after it
    /// (`17012345678-1234`, `17012345678转1234`). Stored and shown as given: the extension is part of it.
    MobileWithExtension,

    /// A fixed line with its area code (`010-62345678`, `0571 8765 4321`, optionally `-123` extension).
    Landline,
}

/// The number a parcel's recipient (or sender) is reached on: what marketplaces and couriers accept, which is
/// wider than the sign-in rule. A plain mobile is stored as its 11 digits, so it matches accounts and SMS; a
/// privacy number or a landline is stored as the merchant or the platform gave it (only trimmed, full-width
/// characters folded), because the courier must dial exactly that.
public static partial class RecipientPhone
{
    private const char Zhuan = '\u8F6C'; // 转, "then dial"; escaped in the patterns too: not UI text

    /// Column width everywhere a recipient's number is stored.
    public const int MaxLength = 20;

    public static RecipientPhoneKind? KindOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = PhoneText.FoldWidth(value).Trim();
        // A dangling separator is a privacy number whose extension was cut off (a narrow spreadsheet column):
        // the courier could not reach the recipient, so it is refused rather than read as a plain mobile.
        if (text.Length > MaxLength || PhoneText.IsDash(text[^1]) || text[^1] is Zhuan or '#') return null;
        if (MainlandMobile.IsValid(text)) return RecipientPhoneKind.Mobile;
        if (WithExtension().IsMatch(text)) return RecipientPhoneKind.MobileWithExtension;
        if (Landline().IsMatch(text)) return RecipientPhoneKind.Landline;
        return null;
    }

    public static bool IsValid(string? value) => KindOf(value) is not null;

    /// The stored form; call on valid input only (anything else comes back trimmed).
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = PhoneText.FoldWidth(value).Trim();
        return KindOf(text) == RecipientPhoneKind.Mobile ? MainlandMobile.Normalize(text) : text;
    }

    // Optional country code, the 11 digits (grouped or not), then 转 / - / # / , / ext and 1–6 extension digits.
    [GeneratedRegex(@"^(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}\s*(?:\u8F6C|-|#|,|ext\.?|x)\s*[0-9]{1,6}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WithExtension();

    // Area code 0 + 2–3 digits (010, 020, 0571 …), optional brackets; 7–8 digit number; optional extension.
    [GeneratedRegex(@"^(?:\(0[1-9][0-9]{1,2}\)|0[1-9][0-9]{1,2})[ -]?[2-9][0-9]{2,3}[ -]?[0-9]{4}(?:\s*(?:\u8F6C|-|#|ext\.?|x)\s*[0-9]{1,6})?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Landline();
}
