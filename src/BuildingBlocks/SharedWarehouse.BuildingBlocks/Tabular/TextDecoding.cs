using System.Text;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// The text of a CSV/TSV file in whatever encoding the tool that made it used: a byte-order mark decides (UTF-8, and
/// UTF-16 LE as Excel's "Unicode 文本" writes it, or BE); without one, bytes that are valid UTF-8 are UTF-8 and anything
/// else is GB18030, a superset of GBK/GB2312, which is what Excel and WPS on a Chinese Windows save "CSV (逗号分隔)" as.
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// Null when the bytes are not text (a binary file: control characters or undecodable bytes).
    public static string? Decode(byte[] content)
    {
        var (encoding, skip) = Detect(content);
        var text = encoding.GetString(content, skip, content.Length - skip);
        return LooksLikeText(text) ? text : null;
    }

    private static (Encoding Encoding, int Skip) Detect(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        // UTF-16 without a mark (some exporters): ASCII characters leave every other byte zero.
        if (b.Length >= 4 && b.Length % 2 == 0 && ZeroShare(b, 1) > 0.3 && ZeroShare(b, 0) < 0.05) return (new UnicodeEncoding(false, false), 0);
        if (b.Length >= 4 && b.Length % 2 == 0 && ZeroShare(b, 0) > 0.3 && ZeroShare(b, 1) < 0.05) return (new UnicodeEncoding(true, false), 0);
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(b);
            return (new UTF8Encoding(false), 0);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030"), 0);
        }
    }

    private static double ZeroShare(byte[] b, int offset)
    {
        var sample = Math.Min(b.Length / 2, 4096);
        var zeros = 0;
        for (var i = 0; i < sample; i++) if (b[i * 2 + offset] == 0) zeros++;
        return sample == 0 ? 0 : (double)zeros / sample;
    }

    /// Text files hold no NUL and almost no other control characters or replacement characters (a single bad byte
    /// in a long GBK file is tolerated; a picture or a zip is not).
    private static bool LooksLikeText(string text)
    {
        var odd = 0;
        foreach (var c in text)
        {
            if (c == '\0') return false;
            if ((c < ' ' && c is not ('\t' or '\r' or '\n' or '\f' or '\u001A')) || c == '\uFFFD') odd++;
        }
        return odd <= text.Length / 100;
    }
}
