using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Intake;

/// The CSV layout of an order download (UTF-8, with or without BOM): one row per order line; rows with the same
/// external order id form one order (its receiver columns are taken from its first row).
public static class OrderSheet
{
    public const string ExternalOrderId = "外部订单号", Channel = "来源店铺", ReceiverName = "收件人", ReceiverPhone = "手机", RegionCode = "地区代码",
        Address = "详细地址", BuyerMessage = "买家留言", SkuCode = "商家编码", Title = "商品名称", Colour = "颜色", Size = "尺码", Quantity = "数量",
        DeclaredPrice = "申报拿货价(元)";

    /// The export of shipped orders (tracking numbers for the outside shops).
    public const string Number = "代发单号", Carrier = "快递公司", TrackingNumber = "快递单号", ShippedAt = "发货时间(UTC)";
    public static readonly string[] ExportColumns = [ExternalOrderId, Channel, Number, Carrier, TrackingNumber, ShippedAt];

    public static readonly string[] Columns =
        [ExternalOrderId, Channel, ReceiverName, ReceiverPhone, RegionCode, Address, BuyerMessage, SkuCode, Title, Colour, Size, Quantity, DeclaredPrice];

    public const int MaxRows = 2_000;

    public sealed record SheetError(int Row, string Column, string Message);

    /// The orders in file order, the rows each came from (for reporting), and row-level errors of cells that do
    /// not parse (an order with such a row is left out; the rest are imported).
    public sealed record Parsed(IReadOnlyList<IncomingOrder> Orders, IReadOnlyDictionary<string, IReadOnlyList<int>> RowsOf, IReadOnlyList<SheetError> Errors);

    public static Parsed? Read(byte[] content)
    {
        try
        {
            using var reader = new StreamReader(new MemoryStream(content), EncodingOf(content), detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
            if (!csv.Read() || !csv.ReadHeader()) return null;
            var header = (csv.HeaderRecord ?? []).Select(h => h.Trim()).ToArray();
            var errors = new List<SheetError>();
            foreach (var missing in new[] { ExternalOrderId, ReceiverName, ReceiverPhone, RegionCode, Address, SkuCode, Title, Quantity }.Except(header))
                errors.Add(new SheetError(1, missing, $"缺少列「{missing}」"));
            if (errors.Count > 0) return new Parsed([], new Dictionary<string, IReadOnlyList<int>>(), errors);

            var groups = new Dictionary<string, (List<string[]> Rows, List<int> Numbers)>();
            var order = new List<string>();
            var broken = new HashSet<string>();
            var rowCount = 0;
            while (csv.Read())
            {
                var cells = header.Select((_, i) => (csv.GetField(i) ?? "").Trim()).ToArray();
                if (cells.All(string.IsNullOrEmpty)) continue;
                var row = csv.Parser.Row;
                if (++rowCount > MaxRows) return new Parsed([], new Dictionary<string, IReadOnlyList<int>>(), [new SheetError(row, "", $"一次最多导入 {MaxRows} 行")]);
                var id = Cell(header, cells, ExternalOrderId);
                if (!groups.TryGetValue(id, out var group)) { group = ([], []); groups[id] = group; order.Add(id); }
                group.Rows.Add(cells);
                group.Numbers.Add(row);
                if (!int.TryParse(Cell(header, cells, Quantity), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add(new SheetError(row, Quantity, "数量须是整数"));
                    broken.Add(id);
                }
                var price = Cell(header, cells, DeclaredPrice);
                if (price.Length > 0 && !PickupPrice.TryParse(price, out _))
                {
                    errors.Add(new SheetError(row, DeclaredPrice, "申报拿货价须是金额（元，最多两位小数）"));
                    broken.Add(id);
                }
            }
            var orders = order.Where(id => !broken.Contains(id)).Select(id => ToOrder(header, id, groups[id].Rows)).ToList();
            return new Parsed(orders, order.ToDictionary(id => id, id => (IReadOnlyList<int>)groups[id].Numbers), errors);
        }
        catch (Exception e) when (e is CsvHelperException or InvalidDataException or IOException or FormatException)
        {
            return null;
        }
    }

    /// UTF-8 (with or without BOM) as exported by most shop tools; a file that is not valid UTF-8 is read as GB18030,
    /// which is what Excel on a Chinese Windows saves "CSV" as.
    private static Encoding EncodingOf(byte[] content)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    private static IncomingOrder ToOrder(string[] header, string id, List<string[]> rows)
    {
        var first = rows[0];
        var lines = rows.Select(r => new IncomingLine(Cell(header, r, SkuCode), Cell(header, r, Title), Cell(header, r, Colour), Cell(header, r, Size),
            int.Parse(Cell(header, r, Quantity), CultureInfo.InvariantCulture),
            PickupPrice.TryParse(Cell(header, r, DeclaredPrice), out var fen) ? fen : 0)).ToList();
        return new IncomingOrder(id, Cell(header, first, Channel), Cell(header, first, ReceiverName), Cell(header, first, ReceiverPhone),
            Cell(header, first, RegionCode), Cell(header, first, Address), Cell(header, first, BuyerMessage), lines);
    }

    private static string Cell(string[] header, string[] cells, string column)
    {
        var i = Array.IndexOf(header, column);
        return i >= 0 && i < cells.Length ? cells[i] : "";
    }

    public static byte[] Template() =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join(",", Columns) + "\r\n" + string.Join(",", Seeding.TemplateExample.Row) + "\r\n"))
            .ToArray();
}
