using System.Text;

namespace SharedWarehouse.SharedKernel;

/// The one form in which codes that people scan or type are stored and compared: order numbers, labels, tracking and
/// return waybill numbers. Codes are case-insensitive and never contain spaces, so what a scanner or a person typed
/// with Caps Lock on ("sf1234…"), with a Chinese input method in full-width mode ("ＳＦ１２３４"), or pasted with spaces
/// ("SF 1234 5678") is brought to the stored form: trimmed, spaces removed, full-width ASCII made half-width,
/// upper-case. Stored codes are written in this form, so a lookup compares equal values on an index and never calls
/// upper() on a column.
public static class ScanCode
{
    public static string Normalize(string? typed)
    {
        if (string.IsNullOrEmpty(typed)) return "";
        var code = new StringBuilder(typed.Length);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF') continue;
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            code.Append(char.ToUpperInvariant(ascii));
        }
        return code.ToString();
    }
}
