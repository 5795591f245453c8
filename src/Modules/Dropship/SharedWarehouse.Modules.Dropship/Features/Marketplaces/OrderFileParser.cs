using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// An uploaded file: its bytes and the name it had on the merchant's computer.
public sealed record SheetFile(string FileName, byte[] Content);

/// Reads an order upload as downloaded (through the shared sheet reader: CSV in any of the encodings the platforms and
/// Excel write, or XLSX; cell guards gone), recognises its layout from the header (the merchant's saved mapping for
/// exactly this header first, then the platforms' exports and our template, then a saved mapping whose columns are all
/// there), and assembles the orders. Never throws for a bad file: every problem is a message.
public static class OrderFileParser
{
    public const int MaxFiles = 2;
    public const int MaxRows = 5_000;
    /// Sent to intake in batches of ReceiveDropshipOrders.MaxBatch within one request.
    public const int MaxOrders = 1_000;

    public static ParsedImport Parse(IReadOnlyList<SheetFile> files, IReadOnlyList<ColumnMapping> mappings, IRegionCatalog regions)
    {
        var names = files.Select(f => f.FileName).ToList();
        if (files.Count == 0) return ParsedImport.Failed(names, new FileProblem(null, "请选择要导入的订单文件"));
        if (files.Count > MaxFiles) return ParsedImport.Failed(names, new FileProblem(null, "最多同时上传两个文件（淘宝的订单报表和宝贝报表）"));
        var formats = MarketplaceFormats.Current;
        var layouts = BuiltIn;
        var spec = SpecFor(layouts, mappings);
        var tables = new List<LayoutTable>();
        foreach (var file in files)
        {
            var read = SheetReader.Read(file.Content, spec);
            if (read.Table is not { } table)
                return ParsedImport.Failed(names, new FileProblem(file.FileName, read.Problem?.Message ?? "无法读取该文件", read.Problem?.Args ?? []));
            var label = files.Count > 1 ? file.FileName : null;
            if (Detect(table, layouts, mappings) is not { } layout)
                return ParsedImport.Failed(names, new FileProblem(file.FileName, "无法识别该文件的格式：不是淘宝、拼多多、抖店的订单导出，也不是本系统模板。可以为它建立列映射。"))
                    with { UnknownHeader = table.Header };
            var t = new LayoutTable(table, layout, label);
            if (MissingColumn(t) is { } missing) return ParsedImport.Failed(names, new FileProblem(file.FileName, "缺少列「{0}」", missing));
            if (table.Rows.Count == 0) return ParsedImport.Failed(names, new FileProblem(file.FileName, "文件中没有订单行"));
            tables.Add(t);
        }

        var assembler = new OrderAssembler(regions, formats);
        List<ParsedOrder> orders;
        LayoutDefinition chosen;
        if (tables is [var single])
        {
            if (single.Layout.Part == LayoutPart.Orders) return ParsedImport.Failed(names, new FileProblem(names[0], "这是淘宝的订单报表：请把同一次导出的宝贝报表一起上传"));
            if (single.Layout.Part == LayoutPart.Items) return ParsedImport.Failed(names, new FileProblem(names[0], "这是淘宝的宝贝报表：请把同一次导出的订单报表一起上传"));
            (orders, chosen) = (assembler.FromLines(single), single.Layout);
        }
        else if (tables.SingleOrDefault(t => t.Layout.Part == LayoutPart.Orders) is { } heads && tables.SingleOrDefault(t => t.Layout.Part == LayoutPart.Items) is { } items)
            (orders, chosen) = (assembler.FromPair(heads, items), heads.Layout);
        else
            return ParsedImport.Failed(names, new FileProblem(null, "一次只能导入一个订单文件（淘宝的订单报表和宝贝报表可以一起上传）"));

        if (orders.Count > MaxOrders)
            return ParsedImport.Failed(names, new FileProblem(null, "一次最多导入 {0} 个订单，请缩短导出的时间范围分批导入", MaxOrders));
        var issues = tables.SelectMany(DuplicateColumns).Concat(assembler.Issues)
            .OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Row).ToList();
        return new ParsedImport(names, chosen, orders, issues, []);
    }

    private static IReadOnlyList<LayoutDefinition> BuiltIn => [.. MarketplaceFormats.Current.Layouts, LayoutDefinition.Template];

    /// A file's table exactly as Parse reads it (the same header row), for the column-mapping form.
    public static SheetReadResult ReadTable(SheetFile file, IReadOnlyList<ColumnMapping> mappings) =>
        SheetReader.Read(file.Content, SpecFor(BuiltIn, mappings));

    /// The header cell a built-in layout would read for the field, if the file has one: the mapping form's first guess.
    public static string? Guess(SheetTable table, OrderField field) =>
        BuiltIn.SelectMany(l => l.Fields.GetValueOrDefault(field) ?? []).Select(table.IndexOf).Where(i => i >= 0).Select(i => table.Header[i]).FirstOrDefault();

    /// Every column any layout might use, so the reader finds the header row (below title rows) whatever the layout.
    private static SheetSpec SpecFor(IReadOnlyList<LayoutDefinition> layouts, IReadOnlyList<ColumnMapping> mappings)
    {
        var all = layouts.Concat(mappings.Select(LayoutDefinition.Of)).ToList();
        var known = all.SelectMany(l => l.Columns).Distinct(StringComparer.Ordinal).ToList();
        var decimals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var layout in all)
        {
            foreach (var column in layout.Fields.GetValueOrDefault(OrderField.DeclaredPrice) ?? []) decimals[column] = 2;
            foreach (var column in layout.Fields.GetValueOrDefault(OrderField.Quantity) ?? []) decimals.TryAdd(column, 0);
        }
        return new SheetSpec(known, []) { MaxRows = MaxRows, Decimals = decimals };
    }

    /// Header names compare as the sheet reader compares them (full-width brackets, spaces, a "*" mark do not matter).
    private static LayoutDefinition? Detect(SheetTable table, IReadOnlyList<LayoutDefinition> layouts, IReadOnlyList<ColumnMapping> mappings)
    {
        bool Has(string column) => table.IndexOf(column) >= 0;
        var signature = ColumnMapping.SignatureOf(table.Header);
        if (mappings.FirstOrDefault(m => m.HeaderSignature == signature) is { } exact) return LayoutDefinition.Of(exact);
        if (layouts.FirstOrDefault(l => l.Signature.All(Has)) is { } builtIn) return builtIn;
        return mappings.Where(m => m.Columns.Values.All(Has))
            .OrderByDescending(m => m.Columns.Count).ThenByDescending(m => m.CreatedUtc)
            .Select(LayoutDefinition.Of).FirstOrDefault();
    }

    /// The first column the layout's part cannot do without, as the platform names it; null when all are there.
    private static string? MissingColumn(LayoutTable t)
    {
        OrderField[] lines = [OrderField.ExternalOrderId, OrderField.SkuCode, OrderField.Title, OrderField.Quantity];
        OrderField[] heads = [OrderField.ExternalOrderId, OrderField.ReceiverName, OrderField.ReceiverPhone];
        var needed = t.Layout.Part switch { LayoutPart.Items => lines, LayoutPart.Orders => heads, _ => heads.Concat(lines).ToArray() };
        if (needed.FirstOrDefault(f => !t.Has(f)) is var field and not 0) return t.ColumnOf(field);
        if (t.Layout.Part != LayoutPart.Items && !t.Has(OrderField.RegionCode) && !t.Has(OrderField.Province) && !t.Has(OrderField.OneCellAddress))
            return t.ColumnOf(t.Layout.Fields.ContainsKey(OrderField.OneCellAddress) ? OrderField.OneCellAddress : OrderField.Province);
        return null;
    }

    private static IEnumerable<ImportIssue> DuplicateColumns(LayoutTable t) =>
        t.Table.DuplicateColumns.Where(c => t.Layout.Columns.Contains(c))
            .Select(c => new ImportIssue(t.File, t.Table.HeaderRowNumber, c, IssueKind.Notice, "表头中「{0}」出现了多次，使用第一列", c));
}
