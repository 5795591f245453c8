using System.Text;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Splits delimited text into records the way Excel reads a CSV: quoted fields may hold delimiters, doubled quotes and
/// line breaks; a stray quote inside an unquoted field is kept; an unterminated quote runs to the end. Never throws.
internal static class CsvText
{
    public static readonly char[] Delimiters = [',', '\t', ';'];

    public static IEnumerable<RawRow> Records(string text, char delimiter)
    {
        var number = 0;
        var fields = new List<RawCell>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            number++;
            fields.Clear();
            var endOfRecord = false;
            while (!endOfRecord)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    while (i < text.Length)
                    {
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                            i++;
                            break;
                        }
                        field.Append(text[i++]);
                    }
                }
                while (i < text.Length && text[i] != delimiter && text[i] != '\r' && text[i] != '\n') field.Append(text[i++]);
                fields.Add(new RawCell(field.ToString()));
                if (i >= text.Length) endOfRecord = true;
                else if (text[i] == delimiter) i++;
                else
                {
                    if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    i++;
                    endOfRecord = true;
                }
            }
            yield return new RawRow(number, fields.ToArray());
        }
    }
}
