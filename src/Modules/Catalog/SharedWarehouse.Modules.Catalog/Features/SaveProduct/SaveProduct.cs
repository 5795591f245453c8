using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Features.SaveProduct;

/// One SKU row as typed: prices in yuan ("128.00"), tiers as "10:118.00;50:108.00". Id null = a new SKU.
public sealed record SkuRow(Guid? Id, string? Code, string? Barcode, string? SpecText, string? RetailPrice, string? WeightGrams, string? Tiers);

/// Creates (ProductId null) or edits the owner's product. The shop is always the owner's own.
public sealed record SaveProduct(Guid OwnerId, Guid? ProductId, string? Name, Guid? CategoryId, Guid? BrandId, string? Description,
    string? Tags, IReadOnlyDictionary<string, string?> Attributes, IReadOnlyList<SkuRow> Skus) : ICommand<Guid>;

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
            });
        });
    }
}
