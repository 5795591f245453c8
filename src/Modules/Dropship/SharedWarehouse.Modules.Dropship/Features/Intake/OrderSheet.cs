using SharedWarehouse.BuildingBlocks.Tabular;

namespace SharedWarehouse.Modules.Dropship.Features.Intake;

/// Our own order template's columns (one row per order line; rows with the same external order id are one order) and
/// the generic shipped-orders list. Files are read and written through the shared sheet reader and writer; the
/// template is one of the layouts order import recognises (Features/Marketplaces).
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

    /// The template with its example row; ids, phone and region code as text cells so Excel keeps them as typed.
    public static byte[] Template()
    {
        var columns = Columns.Select(c => c switch
        {
            Quantity => new SheetColumn(c, CellKind.Integer),
            DeclaredPrice => new SheetColumn(c, CellKind.Decimal, 2),
            _ => new SheetColumn(c),
        }).ToList();
        var example = Seeding.TemplateExample.Row;
        object?[] row = [.. example[..11], int.Parse(example[11], System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(example[12], System.Globalization.CultureInfo.InvariantCulture)];
        return SheetWriter.Csv(columns, [row]);
    }
}
