using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.SharedKernel;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Features.SaveProduct;

/// One SKU row as typed: prices in yuan ("128.00"). Id null = a new SKU. Tiers come either as the editor's rows
/// (TierRows, set by the product form) or as the text of an import sheet or seed ("10:118.00;50:108.00").
public sealed record SkuRow(Guid? Id, string? Code, string? Barcode, string? SpecText, string? RetailPrice, string? WeightGrams, string? Tiers,
    IReadOnlyList<TierRow>? TierRows = null);

/// Creates (ProductId null) or edits the owner's product. The shop is always the owner's own.
/// Specs: the editor's spec matrix, when used (its combinations are the only specs allowed). NewImages: files
/// posted with the form, attached in the same save. ImageOrder: the images' order as arranged in the editor,
/// "e:{image id}" for a stored image and "n:{index in NewImages}" for a new one; images left out keep their
/// relative order after the listed ones.
public sealed record SaveProduct(Guid OwnerId, Guid? ProductId, string? Name, Guid? CategoryId, Guid? BrandId, string? Description,
    string? Tags, IReadOnlyDictionary<string, string?> Attributes, IReadOnlyList<SkuRow> Skus,
    IReadOnlyList<SpecDimension>? Specs = null, IReadOnlyList<UploadedImage>? NewImages = null, IReadOnlyList<string>? ImageOrder = null) : ICommand<Guid>;

internal sealed class SaveProductValidator : AbstractValidator<SaveProduct>
{
    public SaveProductValidator(CatalogDbContext db)
    {
        // The category's attribute template, checked here so its messages appear together with the other fields'.
        RuleFor(c => c).CustomAsync(async (c, context, ct) =>
        {
            if (c.CategoryId is not { } categoryId) return;
            var attributes = await db.Categories.AsNoTracking().Where(x => x.Id == categoryId).SelectMany(x => x.Attributes).ToListAsync(ct);
            foreach (var definition in attributes.OrderBy(a => a.SortOrder))
                if (definition.Problem(c.Attributes.GetValueOrDefault(definition.Name)) is { } problem)
                    context.AddFailure($"Attributes[{definition.Name}]", TextCatalog.Translate(problem));
        });
        RuleFor(c => c.Name).NotEmpty().WithText("请填写商品名称").MaximumLength(60).WithText("商品名称最多 {MaxLength} 个字");
        RuleFor(c => c.CategoryId).NotNull().WithText("请选择类目");
        RuleFor(c => c.Description).MaximumLength(20000).WithText("商品描述最多 {MaxLength} 个字");
        RuleFor(c => c.Tags).MaximumLength(200).WithText("标签最多 {MaxLength} 个字");
        RuleFor(c => c.Skus).NotEmpty().WithText("请至少填写一个 SKU");
        RuleForEach(c => c.Skus).ChildRules(sku =>
        {
            sku.RuleFor(s => s.Code).NotEmpty().WithText("请填写 SKU 编码")
                .Matches("^[A-Za-z0-9_-]{1,40}$").WithText("SKU 编码为 1 到 40 位字母、数字、- 或 _");
            sku.RuleFor(s => s.SpecText).NotEmpty().WithText("请填写规格").MaximumLength(100).WithText("规格最多 {MaxLength} 个字");
            sku.RuleFor(s => s.RetailPrice).Must(p => Prices.TryParseYuan(p, out _)).WithText("请填写正确的零售价（元，最多两位小数）");
            sku.RuleFor(s => s.WeightGrams).Must(w => int.TryParse(w, out var g) && g is >= 0 and <= 1_000_000).WithText("重量为 0 到 1000000 克的整数");
            sku.RuleFor(s => s.Barcode).Matches("^[0-9]{8,14}$").WithText("条码为 8 到 14 位数字").When(s => !string.IsNullOrWhiteSpace(s.Barcode));
            sku.RuleFor(s => s.Tiers).Custom((tiers, context) =>
            {
                var parsed = PriceTier.Parse(tiers, "");
                if (parsed.IsFailure) context.AddFailure(context.PropertyPath, TextCatalog.Translate(parsed.Errors[0].Message));
            }).When(s => s.TierRows is null);
        });
        // Tier rows and spec combinations: each message on the row (and cell) it is about.
        RuleFor(c => c).Custom((c, context) =>
        {
            for (var i = 0; i < c.Skus.Count; i++)
            {
                if (c.Skus[i].TierRows is not { } rows) continue;
                var retail = Prices.TryParseYuan(c.Skus[i].RetailPrice, out var fen) ? fen : 0;
                foreach (var error in TierRows.ToTiers(rows, retail, $"Skus[{i}].TierRows").Errors) context.AddFailure(error.Field, Say(error));
            }
            var dimensions = c.Specs?.Any(d => !d.IsBlank) == true ? c.Specs : null;
            foreach (var error in SpecMatrix.CheckDimensions(dimensions ?? [])) context.AddFailure(error.Field, Say(error));
            // Only rows generated from a matrix: import sheets and older products may repeat a spec text across SKUs
            // (told apart by their codes), and those stay valid.
            if (dimensions is not null)
                foreach (var error in SpecMatrix.CheckRows(c.Skus.Select(s => s.SpecText).ToList(), dimensions, i => $"Skus[{i}].SpecText"))
                    context.AddFailure(error.Field, Say(error));
        });
        // Images posted with the form are checked like the ones added later: magic bytes, size, pixels.
        RuleFor(c => c.NewImages).Custom((images, context) =>
        {
            foreach (var check in (images ?? []).Select(i => i.Check(ContentRules.ProductImages)).Where(x => x != ImageCheck.Ok).Distinct())
                context.AddFailure("NewImages", TextCatalog.Translate(UploadedImage.MessageFor(check)));
        });
    }

    private static string Say(Error error) => error.Args.Length == 0
        ? TextCatalog.Translate(error.Message)
        : string.Format(System.Globalization.CultureInfo.CurrentCulture, TextCatalog.Translate(error.Message), error.Args);
}
