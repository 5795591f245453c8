using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Domain;

/// A merchant's saved reading of an order file layout the app does not know (an ERP's export, a mini-shop's
/// download): which column holds which of our fields. Later files with the same header are read with it at once.
public sealed class ColumnMapping : AggregateRoot
{
    public const int MaxNameLength = 30;
    public const int MaxColumnLength = 60;
    public const int MaxColumns = 200;

    /// The fields a merchant can map, in the order the form shows them.
    public static readonly OrderField[] Mappable =
    [
        OrderField.ExternalOrderId, OrderField.ReceiverName, OrderField.ReceiverPhone,
        OrderField.OneCellAddress, OrderField.Province, OrderField.City, OrderField.District, OrderField.Street, OrderField.RegionCode,
        OrderField.AddressDetail, OrderField.SkuCode, OrderField.Title, OrderField.Colour, OrderField.Size, OrderField.Spec,
        OrderField.Quantity, OrderField.DeclaredPrice, OrderField.BuyerMessage, OrderField.Channel,
    ];

    private static readonly OrderField[] Required =
        [OrderField.ExternalOrderId, OrderField.ReceiverName, OrderField.ReceiverPhone, OrderField.SkuCode, OrderField.Title, OrderField.Quantity];

    private static readonly OrderField[] ByNames = [OrderField.Province, OrderField.City, OrderField.District];

    /// Chinese column names stay readable in the database.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private ColumnMapping() { }

    public Guid ShopId { get; private set; }
    public string Name { get; private set; } = "";
    /// The file's header as it was when the mapping was made (JSON array; its hash finds the mapping).
    public string HeaderJson { get; private set; } = "[]";
    public string HeaderSignature { get; private set; } = "";
    /// Field name to column name (JSON object).
    public string ColumnsJson { get; private set; } = "{}";
    /// The marketplace these orders come from, when the merchant says so: the tracking file goes back in its format.
    public MarketplacePlatform? Platform { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    public IReadOnlyList<string> Header => JsonSerializer.Deserialize<string[]>(HeaderJson) ?? [];

    public IReadOnlyDictionary<OrderField, string> Columns =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(ColumnsJson) ?? [])
        .Where(c => Enum.TryParse<OrderField>(c.Key, out _)).ToDictionary(c => Enum.Parse<OrderField>(c.Key), c => c.Value);

    /// The form's field key of a mapped field (errors are shown next to its select).
    public static string FieldKey(OrderField field) => $"Columns[{field}]";

    public static Result<ColumnMapping> Define(Guid shopId, string? name, IReadOnlyList<string> header, IReadOnlyDictionary<OrderField, string?> chosen,
        MarketplacePlatform? platform, DateTime now)
    {
        var errors = new List<Error>();
        var trimmedName = name?.Trim() ?? "";
        if (trimmedName.Length is 0 or > MaxNameLength) errors.Add(Error.Validation("Name", "请填写映射名称（30 字以内）"));
        if (platform is { } p && !Enum.IsDefined(p)) errors.Add(Error.Validation("Platform", "请选择来源平台"));
        if (header.Count is 0 or > MaxColumns || header.Any(h => h.Length > MaxColumnLength))
            return Error.Validation("Header", "表头无法用于映射（最多 {0} 列，每列名 {1} 字以内）", MaxColumns, MaxColumnLength);

        var columns = new Dictionary<OrderField, string>();
        var usedBy = new Dictionary<string, OrderField>(StringComparer.Ordinal);
        foreach (var (field, raw) in chosen)
        {
            var column = raw?.Trim();
            if (string.IsNullOrEmpty(column)) continue;
            if (!Mappable.Contains(field)) continue;
            if (!header.Contains(column, StringComparer.Ordinal)) errors.Add(Error.Validation(FieldKey(field), "所选列不在文件表头中"));
            else if (usedBy.ContainsKey(column)) errors.Add(Error.Validation(FieldKey(field), "该列已用于另一项"));
            else
            {
                usedBy[column] = field;
                columns[field] = column;
            }
        }
        foreach (var field in Required.Where(f => !columns.ContainsKey(f) && !errors.Any(e => e.Field == FieldKey(f))))
            errors.Add(Error.Validation(FieldKey(field), "请选择对应的列"));
        errors.AddRange(AddressErrors(columns, errors));
        if (errors.Count > 0) return Result<ColumnMapping>.Failure(errors);
        return new ColumnMapping
        {
            ShopId = shopId, Name = trimmedName, HeaderJson = JsonSerializer.Serialize(header, Json), HeaderSignature = SignatureOf(header),
            ColumnsJson = JsonSerializer.Serialize(columns.ToDictionary(c => c.Key.ToString(), c => c.Value), Json), Platform = platform, CreatedUtc = now,
        };
    }

    /// Exactly one way to the district: one cell, 省+市+区, or a region code; a detail column unless the one cell has it.
    private static IEnumerable<Error> AddressErrors(Dictionary<OrderField, string> columns, List<Error> already)
    {
        var ways = new[] { columns.ContainsKey(OrderField.OneCellAddress), ByNames.Any(columns.ContainsKey), columns.ContainsKey(OrderField.RegionCode) }
            .Count(w => w);
        if (already.Any(e => e.Field is "Columns[OneCellAddress]" or "Columns[Province]" or "Columns[City]" or "Columns[District]" or "Columns[RegionCode]"))
            yield break;
        if (ways == 0)
        {
            yield return Error.Validation(FieldKey(OrderField.OneCellAddress), "请选择收件地区：一格地址、省/市/区或地区代码之一");
            yield break;
        }
        if (ways > 1)
        {
            yield return Error.Validation(FieldKey(OrderField.OneCellAddress), "收件地区只能用一种方式：一格地址、省/市/区或地区代码");
            yield break;
        }
        foreach (var missing in ByNames.Where(f => ByNames.Any(columns.ContainsKey) && !columns.ContainsKey(f)))
            yield return Error.Validation(FieldKey(missing), "省、市、区须都选上");
        if (!columns.ContainsKey(OrderField.OneCellAddress) && !columns.ContainsKey(OrderField.AddressDetail))
            yield return Error.Validation(FieldKey(OrderField.AddressDetail), "请选择对应的列");
    }

    /// The header's fingerprint: the same columns in the same order give the same signature.
    public static string SignatureOf(IReadOnlyList<string> header) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', header.Select(h => h.Trim())))));
}
