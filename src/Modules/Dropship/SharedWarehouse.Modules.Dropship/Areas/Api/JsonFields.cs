using System.Globalization;
using System.Text.Json;
using SharedWarehouse.Modules.Dropship.Features.Intake;

namespace SharedWarehouse.Modules.Dropship.Areas.Api;

/// Reads one JSON object of an outside system's request by hand, value by value, so a mistyped value becomes an error
/// for that field in plain words (with its JSON path) instead of failing the whole request with a serializer message.
/// Lenient where the outside world differs harmlessly: property names match in any case, unknown ones are ignored,
/// ids may arrive as strings or as whole numbers (many Taobao SDKs write the 19-digit tid as a number), and whole
/// numbers may arrive as strings.
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _path;
    private readonly List<IntakeError> _errors;

    public JsonFields(JsonElement json, string path, List<IntakeError> errors)
    {
        // A repeated name: the last one counts, as in System.Text.Json's own deserialization.
        foreach (var property in json.EnumerateObject()) _values[property.Name] = property.Value;
        _path = path;
        _errors = errors;
    }

    /// The fields of an object inside this one (a line of an order), reporting into the same errors.
    public JsonFields Nested(JsonElement json, string name) => new(json, PathOf(name), _errors);

    public string PathOf(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    public bool Has(string name) => _values.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null;

    /// Text; a number is taken as written (a SKU code 10086).
    public string? Text(string name)
    {
        if (!TryGet(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
        return Fail(name, "{0} 须是文本");
    }

    /// An id, phone number or code: text, or a whole number taken digit for digit (never through a double).
    public string? Id(string name)
    {
        if (!TryGet(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (v.ValueKind == JsonValueKind.Number && IsWholeLiteral(v.GetRawText())) return v.GetRawText();
        return Fail(name, "{0} 须是文本或整数");
    }

    /// A whole number (2, 2.0, "2"); a fraction (68.5) or anything else is refused with the message given.
    public long? Whole(string name, string message)
    {
        if (!TryGet(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number)
        {
            if (v.TryGetInt64(out var exact)) return exact;
            if (v.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue) return (long)d;
        }
        else if (v.ValueKind == JsonValueKind.String)
        {
            var text = v.GetString()!.Trim();
            if (text.Length == 0) return null;
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue)
                return (long)d;
        }
        Fail(name, message);
        return null;
    }

    /// An array's items, or null when it is absent (an error when it is something else).
    public IReadOnlyList<JsonElement>? Array(string name)
    {
        if (!TryGet(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) return v.EnumerateArray().ToList();
        Error(name, "{0} 须是数组");
        return null;
    }

    public void Error(string name, string message) =>
        _errors.Add(new IntakeError(PathOf(name), string.Format(CultureInfo.InvariantCulture, message, PathOf(name))));

    private bool TryGet(string name, out JsonElement value) =>
        _values.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;

    private string? Fail(string name, string message)
    {
        Error(name, message);
        return null;
    }

    private static bool IsWholeLiteral(string raw) => raw.TrimStart('-') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit);
}
