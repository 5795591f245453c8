using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.SaveProduct;

internal sealed class SaveProductHandler(CatalogDbContext db, IShopAccess shops, IFileStore files, TimeProvider time)
    : IRequestHandler<SaveProduct, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveProduct command, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(command.OwnerId, ct) is not { } shopId) return ShopErrors.NoShop;
        var now = time.GetUtcNow().UtcDateTime;
        Product? product;
        if (command.ProductId is { } id)
        {
            // Loaded by id AND the owner's shop: another shop's id is simply not found.
            product = await db.FullProducts.FirstOrDefaultAsync(p => p.Id == id && p.ShopId == shopId, ct);
            if (product is null) return Error.NotFound();
        }
        else
        {
            product = Product.Create(shopId, command.OwnerId, now);
            db.Products.Add(product);
        }

        var errors = new List<Error>();
        var category = await db.Categories.AsNoTracking().Include(c => c.Attributes).FirstOrDefaultAsync(c => c.Id == command.CategoryId, ct);
        if (category is null) errors.Add(Error.Validation(nameof(command.CategoryId), "请选择类目"));
        if (command.BrandId is { } brandId && !await db.Brands.AnyAsync(b => b.Id == brandId, ct))
            errors.Add(Error.Validation(nameof(command.BrandId), "请选择品牌"));
        var attributes = new Dictionary<string, string>();
        foreach (var definition in category?.Attributes ?? [])
        {
            var value = command.Attributes.GetValueOrDefault(definition.Name);
            // Values were checked by the validator; only the template's attributes are kept.
            if (definition.Problem(value) is null && !string.IsNullOrWhiteSpace(value)) attributes[definition.Name] = value.Trim();
        }

        var drafts = new List<SkuDraft>();
        for (var i = 0; i < command.Skus.Count; i++)
        {
            var row = command.Skus[i];
            Prices.TryParseYuan(row.RetailPrice, out var price);
            List<PriceTier> tiers;
            if (row.TierRows is not null)
            {
                // The validator has reported each bad row already; this repeats the conversion for the values.
                var converted = TierRows.ToTiers(row.TierRows, price, $"Skus[{i}].TierRows");
                errors.AddRange(converted.Errors);
                tiers = converted.IsSuccess ? converted.Value : [];
            }
            else
            {
                tiers = PriceTier.Parse(row.Tiers, $"Skus[{i}].Tiers").Value;
                if (PriceTier.Validate(tiers, price, $"Skus[{i}].Tiers") is { IsFailure: true } bad) errors.AddRange(bad.Errors);
            }
            if (row.Id is { } skuId && product.Skus.All(s => s.Id != skuId)) return Error.NotFound();
            drafts.Add(new SkuDraft(row.Id, row.Code!, row.Barcode, row.SpecText!, price, int.Parse(row.WeightGrams!), tiers));
        }
        var codes = drafts.Select(d => d.Code.Trim()).ToList();
        var taken = await db.Skus.Where(s => s.ShopId == shopId && s.ProductId != product.Id && codes.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct);
        for (var i = 0; i < codes.Count; i++)
            if (taken.Contains(codes[i])) errors.Add(Error.Validation($"Skus[{i}].Code", "本店已有商品使用该 SKU 编码"));
        if (errors.Count > 0) return Result<Guid>.Failure(errors);

        var tags = (command.Tags ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries);
        var edited = product.Edit(command.Name!, category!.Id, command.BrandId, command.Description ?? "", tags, attributes, drafts, now);
        if (edited.IsFailure) return Result<Guid>.Failure(edited.Errors);
        var imaged = await AttachAndOrderImagesAsync(product, command, now, ct);
        return imaged.IsFailure ? Result<Guid>.Failure(imaged.Errors) : product.Id;
    }

    /// The images chosen in the editor are stored and attached in the same save (a refused save rolls their rows
    /// back; stored files are never deleted anyway, see ProductImagesHandler), then the editor's order is applied.
    private async Task<Result> AttachAndOrderImagesAsync(Product product, SaveProduct command, DateTime now, CancellationToken ct)
    {
        var added = new List<ProductImage>();
        foreach (var image in command.NewImages ?? [])
        {
            var inspection = image.Inspect();
            var stored = await files.SaveAsync("catalog", image.Content, inspection.Format.ToFileExtension(), ct);
            var hash = Convert.ToHexStringLower(SHA256.HashData(image.Content));
            var productImage = new ProductImage(stored, hash, image.Content.Length, inspection.Width, inspection.Height, inspection.Format.ToString(), 0);
            var attached = product.AddImage(productImage, now);
            if (attached.IsFailure) return Result.Failure(attached.Errors.Select(e => e.Field == "Images" ? e with { Field = "NewImages" } : e).ToList());
            added.Add(productImage);
        }
        if (command.ImageOrder is not { Count: > 0 } order) return Result.Success();
        var ids = new List<Guid>();
        foreach (var token in order)
        {
            if (token.StartsWith("e:", StringComparison.Ordinal) && Guid.TryParse(token[2..], out var id)) ids.Add(id);
            else if (token.StartsWith("n:", StringComparison.Ordinal) && int.TryParse(token[2..], out var n) && n >= 0 && n < added.Count) ids.Add(added[n].Id);
        }
        // An id that is not one of this product's images (another product's, another shop's) is simply ignored.
        return product.ReorderImages(ids, now);
    }
}
