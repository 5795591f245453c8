using SharedWarehouse.BuildingBlocks.Tabular;

namespace SharedWarehouse.Modules.Catalog.Features.Import;

/// The import/export layout: one row per SKU; rows with the same product name form one product. Files are read and
/// written by the app's one tabular reader/writer (SheetReader/SheetWriter): price and weight are numbers, SKU code
/// and barcode text, so Excel keeps leading zeros and long barcodes.
public static class CatalogSheet
{
    public const string Name = "商品名称", Category = "类目", Brand = "品牌", Tags = "标签", Description = "描述", Attributes = "属性",
        Code = "SKU编码", Spec = "规格", Price = "零售价(元)", Weight = "重量(克)", Barcode = "条码", Tiers = "阶梯价";

    public static readonly string[] Columns = [Name, Category, Brand, Tags, Description, Attributes, Code, Spec, Price, Weight, Barcode, Tiers];

    public static readonly IReadOnlyList<SheetColumn> SheetColumns =
    [
        new(Name, Width: 24), new(Category), new(Brand), new(Tags), new(Description, Width: 30), new(Attributes, Width: 40), new(Code, Width: 16),
        new(Spec), new(Price, CellKind.Decimal, 2), new(Weight, CellKind.Integer), new(Barcode, Width: 16), new(Tiers, Width: 20),
    ];

    /// Every column is required: a file missing one would import products without, say, their prices.
    public static SheetSpec SpecFor(int maxRows) => new(Columns, Columns)
    {
        Decimals = new Dictionary<string, int> { [Price] = 2, [Weight] = 0 },
        // Names merchants' own sheets commonly use for these columns.
        Aliases = new Dictionary<string, IReadOnlyList<string>>
        {
            [Code] = ["商家编码"], [Price] = ["零售价"], [Weight] = ["重量(g)"], [Barcode] = ["条形码"],
        },
        MaxRows = maxRows,
    };

    /// The example row of the template (demo data, kept with the other seed data).
    public static string[] Example => Seeding.TemplateExample.Row;

    public static byte[] Write(IEnumerable<IReadOnlyList<object?>> rows, SheetFormat format) =>
        format == SheetFormat.Csv ? SheetWriter.Csv(SheetColumns, rows) : SheetWriter.Xlsx("商品", SheetColumns, rows);
}
