using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

/// The import/export layout: one row per stall of a code (several rows with one code = its alternates).
/// Reads UTF-8 with or without a BOM; writes UTF-8 with a BOM so Excel shows the Chinese correctly.
public static class StallCodeSheet
{
    public const string CodeHeader = "code", MarketHeader = "market", FloorHeader = "floor", StallHeader = "stall", StyleNumberHeader = "style_number",
        RankHeader = "rank";

    public static readonly string[] Required = [CodeHeader, MarketHeader, FloorHeader, StallHeader, StyleNumberHeader];
    public static readonly string[] Columns = [.. Required, RankHeader];

    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Cells)
    {
        public string this[string column] => Cells.GetValueOrDefault(column, "").Trim();
    }

    /// Header names (lower case) and data rows; null when the bytes are not UTF-8 text or not readable CSV.
    public static (IReadOnlyList<string> Header, List<Row> Rows)? Read(byte[] content)
    {
        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var text = strict.GetString(content);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                BadDataFound = null, MissingFieldFound = null, DetectDelimiter = false,
            });
            if (!csv.Read()) return ([], []);
            csv.ReadHeader();
            var header = (csv.HeaderRecord ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList();
            var rows = new List<Row>();
            while (csv.Read())
            {
                var cells = new Dictionary<string, string>();
                for (var i = 0; i < header.Count; i++) cells.TryAdd(header[i], csv.GetField(i) ?? "");
                if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new Row(csv.Parser.Row, cells));
            }
            return (header, rows);
        }
        catch (Exception e) when (e is DecoderFallbackException or CsvHelperException)
        {
            return null;
        }
    }

    public static byte[] Write(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(Defuse(cell));
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// A cell starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
    private static string Defuse(string cell) =>
        cell.Length > 0 && "=+-@".Contains(cell[0]) && !decimal.TryParse(cell, CultureInfo.InvariantCulture, out _) ? "'" + cell : cell;
}
