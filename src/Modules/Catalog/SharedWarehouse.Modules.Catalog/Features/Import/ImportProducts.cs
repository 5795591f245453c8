using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Import;

/// Imports drafts from a CSV or XLSX file (one row per SKU). With any error nothing is imported unless
/// ImportValidRows is set; then the products whose rows are all valid are imported and the rest reported.
/// The file is read by SheetReader whatever its name: GBK or UTF-8 CSV, tab-separated text, XLSX with title rows or an
/// instructions sheet; a file it cannot read is a message on the file field, never an error page.
public sealed record ImportProducts(Guid OwnerId, string FileName, byte[] Content, bool ImportValidRows) : ICommand<ImportReport>;

public sealed record ImportError(int Row, string Column, string Message);

public sealed record ImportReport(int Rows, int ProductsImported, int SkusImported, IReadOnlyList<ImportError> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}

internal sealed partial class ImportProductsHandler(CatalogDbContext db, IShopAccess shops, IValidator<SaveProduct.SaveProduct> validator,
    ISender sender, TimeProvider time) : IRequestHandler<ImportProducts, Result<ImportReport>>
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 2000;

    public async Task<Result<ImportReport>> Handle(ImportProducts command, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(command.OwnerId, ct) is not { } shopId) return ShopErrors.NoShop;
        if (command.Content.Length == 0) return Error.Validation("File", "请选择要导入的文件");
        if (command.Content.Length > MaxBytes) return Error.Validation("File", "文件不能超过 5 MB");
        var read = SheetReader.Read(command.Content, CatalogSheet.SpecFor(MaxRows));
        if (read.Table is not { } table) return Error.Validation("File", read.Problem!.Message, read.Problem.Args);
        var headerErrors = table.HeaderProblems.Select(p => new ImportError(table.HeaderRowNumber, p.Column, T(p.Message, p.Args))).ToList();
        if (headerErrors.Count > 0) return new ImportReport(0, 0, 0, headerErrors);
        var data = table.Rows;
        if (data.Count == 0) return Error.Validation("File", "文件中没有数据行");
        string Cell(SheetRow row, string column) => table.Cell(row, column);

        var categories = await sender.Send(new GetCategoryTree(), ct);
        var paths = CategoryPaths(categories);
        var brands = (await sender.Send(new ListBrands(), ct)).ToDictionary(b => b.Name.ToUpperInvariant(), b => b.Id);
        var existingCodes = (await db.Skus.Where(s => s.ShopId == shopId).Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        var seenCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = new List<(SaveProduct.SaveProduct Command, List<SheetRow> Rows)>();

        foreach (var group in data.GroupBy(r => Cell(r, CatalogSheet.Name)))
        {
            var groupRows = group.ToList();
            var before = errors.Count;
            var first = groupRows[0];
            if (group.Key.Length == 0)
            {
                errors.AddRange(groupRows.Select(r => new ImportError(r.Number, CatalogSheet.Name, T("请填写商品名称"))));
                continue;
            }
            Guid? categoryId = paths.TryGetValue(Cell(first, CatalogSheet.Category), out var cid) ? cid : null;
            if (categoryId is null) errors.Add(new(first.Number, CatalogSheet.Category, T("找不到该类目（填写类目名称，子类目写成“上级/下级”）")));
            Guid? brandId = null;
            if (Cell(first, CatalogSheet.Brand).Length > 0)
            {
                if (brands.TryGetValue(Cell(first, CatalogSheet.Brand).ToUpperInvariant(), out var bid)) brandId = bid;
                else errors.Add(new(first.Number, CatalogSheet.Brand, T("找不到该品牌，请先由平台添加")));
            }
            var attributes = ParseAttributes(Cell(first, CatalogSheet.Attributes));
            if (attributes is null) errors.Add(new(first.Number, CatalogSheet.Attributes, T("属性格式为“名称=值”，多个用分号分隔")));
            foreach (var row in groupRows)
            {
                var code = Cell(row, CatalogSheet.Code);
                if (code.Length == 0) continue;
                if (existingCodes.Contains(code)) errors.Add(new(row.Number, CatalogSheet.Code, T("本店已有商品使用该 SKU 编码")));
                else if (seenCodes.TryGetValue(code, out var other)) errors.Add(new(row.Number, CatalogSheet.Code, T("与第 {0} 行的 SKU 编码重复", other)));
                else seenCodes[code] = row.Number;
            }
            var skus = groupRows.Select(r => new SkuRow(null, Cell(r, CatalogSheet.Code), Cell(r, CatalogSheet.Barcode), Cell(r, CatalogSheet.Spec), Amount(Cell(r, CatalogSheet.Price)),
                Cell(r, CatalogSheet.Weight), Cell(r, CatalogSheet.Tiers))).ToList();
            var save = new SaveProduct.SaveProduct(command.OwnerId, null, group.Key, categoryId, brandId, Cell(first, CatalogSheet.Description),
                Cell(first, CatalogSheet.Tags), attributes ?? [], skus);
            if (categoryId is not null)
            {
                var outcome = await validator.ValidateAsync(save, ct);
                errors.AddRange(outcome.Errors.Select(f => ToImportError(f.PropertyName, f.ErrorMessage, groupRows)));
            }
            for (var i = 0; i < skus.Count; i++)
            {
                if (!Prices.TryParseYuan(skus[i].RetailPrice, out var price) || PriceTier.Parse(skus[i].Tiers, "").IsFailure) continue;
                if (PriceTier.Validate(PriceTier.Parse(skus[i].Tiers, "").Value, price, "") is { IsFailure: true } bad)
                    errors.Add(new(groupRows[i].Number, CatalogSheet.Tiers, T(bad.Errors[0].Message)));
            }
            if (errors.Count == before) valid.Add((save, groupRows));
        }

        errors = errors.OrderBy(e => e.Row).ThenBy(e => Array.IndexOf(CatalogSheet.Columns, e.Column)).ToList();
        if (errors.Count > 0 && !command.ImportValidRows) return new ImportReport(data.Count, 0, 0, errors);

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (save, _) in valid)
        {
            var product = Product.Create(shopId, command.OwnerId, now);
            var drafts = save.Skus.Select(s =>
            {
                Prices.TryParseYuan(s.RetailPrice, out var price);
                return new SkuDraft(null, s.Code!, s.Barcode, s.SpecText!, price, int.Parse(s.WeightGrams!), PriceTier.Parse(s.Tiers, "").Value);
            }).ToList();
            var attributes = save.Attributes.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value!);
            var edited = product.Edit(save.Name!, save.CategoryId!.Value, save.BrandId, save.Description ?? "",
                (save.Tags ?? "").Split([',', '，'], StringSplitOptions.RemoveEmptyEntries), attributes, drafts, now);
            if (edited.IsFailure) return Result<ImportReport>.Failure(edited.Errors);
            db.Products.Add(product);
        }
        return new ImportReport(data.Count, valid.Count, valid.Sum(v => v.Rows.Count), errors);
    }

    /// "酒水" and "酒水/白酒" → id; a child's own name also works when it is unique.
    private static Dictionary<string, Guid> CategoryPaths(IReadOnlyList<CategoryNode> tree)
    {
        var byId = tree.ToDictionary(c => c.Id);
        string Path(CategoryNode c) => c.ParentId is { } p && byId.TryGetValue(p, out var parent) ? Path(parent) + "/" + c.Name : c.Name;
        var paths = tree.ToDictionary(Path, c => c.Id);
        foreach (var unique in tree.GroupBy(c => c.Name).Where(g => g.Count() == 1)) paths.TryAdd(unique.Key, unique.Single().Id);
        return paths;
    }

    private static Dictionary<string, string?>? ParseAttributes(string text)
    {
        var attributes = new Dictionary<string, string?>();
        foreach (var part in text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || pieces[0].Length == 0) return null;
            attributes[pieces[0]] = pieces[1];
        }
        return attributes;
    }

    private static ImportError ToImportError(string property, string message, List<SheetRow> rows)
    {
        var match = SkuProperty().Match(property);
        if (match.Success)
        {
            var row = rows[int.Parse(match.Groups[1].Value)].Number;
            return new(row, match.Groups[2].Value switch
            {
                "Code" => CatalogSheet.Code, "SpecText" => CatalogSheet.Spec, "RetailPrice" => CatalogSheet.Price, "WeightGrams" => CatalogSheet.Weight,
                "Barcode" => CatalogSheet.Barcode, _ => CatalogSheet.Tiers,
            }, message);
        }
        var column = property switch
        {
            "Name" => CatalogSheet.Name, "CategoryId" => CatalogSheet.Category, "Description" => CatalogSheet.Description, "Tags" => CatalogSheet.Tags,
            _ when property.StartsWith("Attributes[", StringComparison.Ordinal) => CatalogSheet.Attributes,
            _ => CatalogSheet.Code,
        };
        var prefix = property.StartsWith("Attributes[", StringComparison.Ordinal) ? property["Attributes[".Length..^1] + "：" : "";
        return new(rows[0].Number, column, prefix + message);
    }

    private static string T(string zh, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, SharedWarehouse.BuildingBlocks.Localization.TextCatalog.Translate(zh), args);

    /// Excel saves a price formatted "#,##0.00" into a CSV as "1,499.00"; the thousands separators are not part of the amount.
    private static string Amount(string text) => GroupedAmount().IsMatch(text) ? text.Replace(",", "", StringComparison.Ordinal) : text;

    [GeneratedRegex(@"^[\u00A5\uFFE5]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex GroupedAmount();

    [GeneratedRegex(@"^Skus\[(\d+)\]\.(\w+)$")]
    private static partial Regex SkuProperty();
}
