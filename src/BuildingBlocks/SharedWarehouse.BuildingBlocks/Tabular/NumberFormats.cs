namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Tells date and time number formats from the others, so a date cell (a serial number) reads as a date.
internal static class NumberFormats
{
    public enum Kind { Number, Date, Time }

    public static Kind KindOf(int id, string? code)
    {
        // Built-in ids: 14-17 and 22 dates, 18-21 and 45-47 times; 27-36 and 50-58 are the East Asian date formats
        // (yyyy"年"m"月"d"日" and the like) that Excel zh-CN uses.
        if (id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58) return Kind.Date;
        if (id is >= 18 and <= 21 or >= 45 and <= 47) return Kind.Time;
        if (string.IsNullOrEmpty(code)) return Kind.Number;
        var section = code.Split(';')[0];
        var plain = new System.Text.StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"') { i = section.IndexOf('"', i + 1); if (i < 0) break; continue; }
            if (c == '\\' || c == '_' || c == '*') { i++; continue; }
            if (c == '[')
            {
                var end = section.IndexOf(']', i);
                var inside = end < 0 ? "" : section[(i + 1)..end].ToLowerInvariant();
                if (inside is "h" or "hh" or "m" or "mm" or "s" or "ss") plain.Append(inside); // elapsed time
                if (end < 0) break;
                i = end;
                continue;
            }
            plain.Append(char.ToLowerInvariant(c));
        }
        var text = plain.ToString();
        if (text.Contains('y') || text.Contains('d')) return Kind.Date;
        if (text.Contains('h') || text.Contains('s')) return Kind.Time;
        return Kind.Number;
    }
}
