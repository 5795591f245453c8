using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Which rows a file holds: whole order lines (one row per item, the order's columns repeated), or one half of
/// Taobao's two-file export (订单报表: one row per order; 宝贝报表: one row per item), joined by the order id.
public enum LayoutPart { Single = 1, Orders = 2, Items = 3 }

/// How to read one order file layout: the columns that identify it, the column(s) of each field in order of
/// preference (the first non-empty cell wins: 联系手机 before 联系电话, 商家编码-规格维度 before 商家编码-商品维度), and the
/// statuses that mean "waiting to ship" (none: every row is an order to ship, as in our template).
public sealed record LayoutDefinition(string Key, MarketplacePlatform? Platform, LayoutPart Part, IReadOnlyList<string> Signature,
    IReadOnlyDictionary<OrderField, IReadOnlyList<string>> Fields, IReadOnlyList<string> ToShip)
{
    public const string TemplateKey = "template", MappingKey = "mapping";

    /// The saved mapping this layout was made from (null: built in).
    public ColumnMapping? Mapping { get; init; }

    public IEnumerable<string> Columns => Fields.Values.SelectMany(c => c).Concat(Signature);

    /// Our own CSV template (OrderSheet): every row an order line to ship, the district as its statistics code.
    public static readonly LayoutDefinition Template = new(TemplateKey, null, LayoutPart.Single,
        [OrderSheet.ExternalOrderId, OrderSheet.ReceiverName, OrderSheet.RegionCode, OrderSheet.SkuCode],
        new Dictionary<OrderField, IReadOnlyList<string>>
        {
            [OrderField.ExternalOrderId] = [OrderSheet.ExternalOrderId], [OrderField.Channel] = [OrderSheet.Channel],
            [OrderField.ReceiverName] = [OrderSheet.ReceiverName], [OrderField.ReceiverPhone] = [OrderSheet.ReceiverPhone],
            [OrderField.RegionCode] = [OrderSheet.RegionCode], [OrderField.AddressDetail] = [OrderSheet.Address],
            [OrderField.BuyerMessage] = [OrderSheet.BuyerMessage], [OrderField.SkuCode] = [OrderSheet.SkuCode], [OrderField.Title] = [OrderSheet.Title],
            [OrderField.Colour] = [OrderSheet.Colour], [OrderField.Size] = [OrderSheet.Size], [OrderField.Quantity] = [OrderSheet.Quantity],
            [OrderField.DeclaredPrice] = [OrderSheet.DeclaredPrice],
        }, []);

    public static LayoutDefinition Of(ColumnMapping mapping) =>
        new(MappingKey, mapping.Platform, LayoutPart.Single, mapping.Columns.Values.ToList(),
            mapping.Columns.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)[c.Value]), []) { Mapping = mapping };
}
