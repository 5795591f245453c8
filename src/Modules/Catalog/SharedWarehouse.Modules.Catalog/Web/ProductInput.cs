using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Web;

/// The product form: only these fields bind (no shop, no status, no owner).
public sealed partial class ProductInput
{
    public string? Name { get; set; }
    public Guid? CategoryId { get; set; }
    public Guid? BrandId { get; set; }
    public string? Description { get; set; }
    public string? Tags { get; set; }
    public Dictionary<string, string?> Attributes { get; set; } = [];
    public List<SkuInput> Skus { get; set; } = [];
    /// The spec matrix's dimensions (颜色: 红,蓝 …), posted so that a refused form comes back with them.
    public List<SpecDimensionInput> Specs { get; set; } = [];
    /// Images chosen on the form itself (also for a product not saved yet).
    public List<IFormFile>? NewImages { get; set; }
    /// "e:{id}" for a stored image, "n:{index in NewImages}" for a new one, in the order arranged.
    public List<string> ImageOrder { get; set; } = [];

    public static ProductInput From(ProductDetails p) => new()
    {
        Name = p.Name, CategoryId = p.CategoryId, BrandId = p.BrandId, Description = p.Description, Tags = p.Tags,
        Attributes = p.Attributes.ToDictionary(a => a.Key, a => (string?)a.Value),
        Skus = p.Skus.Select(s => new SkuInput
        {
            Id = s.Id, Code = s.Code, Barcode = s.Barcode, SpecText = s.SpecText, RetailPrice = Money.Yuan(s.RetailPriceFen),
            WeightGrams = s.WeightGrams.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TierRows = TierRows.From(PriceTier.Parse(s.Tiers, "").ValueOrEmpty()).Select(t => new TierRowInput { MinQuantity = t.MinQuantity, UnitPrice = t.UnitPrice }).ToList(),
        }).ToList(),
        ImageOrder = p.Images.OrderBy(i => i.SortOrder).Select(i => "e:" + i.Id).ToList(),
    };

    /// Blank SKU rows (the spare rows of the form) are left out; RowOf maps a command index back to the form row.
    internal SaveProduct ToCommand(Guid ownerId, Guid? productId, IReadOnlyList<UploadedImage> newImages, out int[] rowOf)
    {
        var rows = Skus.Select((s, i) => (s, i)).Where(x => !x.s.IsBlank).ToList();
        rowOf = rows.Select(x => x.i).ToArray();
        return new SaveProduct(ownerId, productId, Name, CategoryId, BrandId, Description, Tags, Attributes,
            rows.Select(x => new SkuRow(x.s.Id, x.s.Code, x.s.Barcode, x.s.SpecText, x.s.RetailPrice, x.s.WeightGrams, null,
                x.s.TierRows.Select(t => new TierRow(t.MinQuantity, t.UnitPrice)).ToList())).ToList(),
            Specs.Select(d => new SpecDimension(d.Name, d.Values)).ToList(), newImages, ImageOrder);
    }

    /// Puts "Skus[i].X" errors on the form row they came from.
    internal static Result Remap(Result result, int[] rowOf) => Result.Failure(result.Errors.Select(e =>
    {
        var match = SkuField().Match(e.Field);
        return match.Success && int.Parse(match.Groups[1].Value) is var i && i < rowOf.Length
            ? e with { Field = $"Skus[{rowOf[i]}]{match.Groups[2].Value}" }
            : e;
    }).ToList());

    /// Spare blank rows so a merchant can add SKUs, tiers and spec dimensions without script.
    public void PadSkus(int spare)
    {
        var blanks = Skus.Count(s => s.IsBlank);
        for (var i = blanks; i < spare; i++) Skus.Add(new SkuInput());
        foreach (var sku in Skus.Where(s => s.TierRows.All(t => !t.IsBlank))) sku.TierRows.Add(new TierRowInput());
        while (Specs.Count < SpecMatrix.MaxDimensions) Specs.Add(new SpecDimensionInput());
    }

    [GeneratedRegex(@"^Skus\[(\d+)\](.*)$")]
    private static partial Regex SkuField();
}

public sealed class SkuInput
{
    public Guid? Id { get; set; }
    public string? Code { get; set; }
    public string? Barcode { get; set; }
    public string? SpecText { get; set; }
    public string? RetailPrice { get; set; }
    public string? WeightGrams { get; set; }
    /// Wholesale tiers as rows (起订量, 单价); blank rows are ignored.
    public List<TierRowInput> TierRows { get; set; } = [];

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Barcode) && string.IsNullOrWhiteSpace(SpecText)
        && string.IsNullOrWhiteSpace(RetailPrice) && string.IsNullOrWhiteSpace(WeightGrams) && TierRows.All(t => t.IsBlank);
}

public sealed class TierRowInput
{
    public string? MinQuantity { get; set; }
    public string? UnitPrice { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(MinQuantity) && string.IsNullOrWhiteSpace(UnitPrice);
}

public sealed class SpecDimensionInput
{
    public string? Name { get; set; }
    public string? Values { get; set; }
}

public sealed class ReasonInput
{
    public string? Reason { get; set; }
}

public sealed class CategoryInput
{
    public string? Name { get; set; }
    public Guid? ParentId { get; set; }
    public int SortOrder { get; set; }
}

public sealed class AttributeInput
{
    public string? Name { get; set; }
    public AttributeType Type { get; set; } = AttributeType.Text;
    public string? Unit { get; set; }
    public bool Required { get; set; }
}

public sealed class BrandInput
{
    public string? Name { get; set; }
}

internal static class Uploads
{
    /// Reads at most the size limit + 1 byte per file, so an oversized file is reported without buffering it all.
    public static async Task<List<UploadedImage>> ReadAsync(IEnumerable<IFormFile>? files, CancellationToken ct)
    {
        var images = new List<UploadedImage>();
        foreach (var file in (files ?? []).Where(f => f.Length > 0))
        {
            var buffer = new byte[Math.Min(file.Length, ContentRules.ProductImages.MaxBytes + 1)];
            await using var stream = file.OpenReadStream();
            var read = 0;
            while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0) read += n;
            images.Add(new UploadedImage(read == buffer.Length ? buffer : buffer[..read]));
        }
        return images;
    }
}

public sealed record ProductFilter(string? Status, Guid? CategoryId, string? Keyword, string? Sort);
