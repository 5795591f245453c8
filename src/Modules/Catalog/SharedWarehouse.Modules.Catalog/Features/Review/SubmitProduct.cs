using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Review;

/// Sends the owner's draft to review after the automatic checks; the findings go with it to the admin queue.
public sealed record SubmitProduct(Guid OwnerId, Guid ProductId) : ICommand;

internal sealed class SubmitProductHandler(CatalogDbContext db, IShopAccess shops, IOptions<ContentRules> rules, TimeProvider time)
    : IRequestHandler<SubmitProduct, Result>
{
    public async Task<Result> Handle(SubmitProduct command, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(command.OwnerId, ct) is not { } shopId) return ShopErrors.NoShop;
        var product = await db.FullProducts.FirstOrDefaultAsync(p => p.Id == command.ProductId && p.ShopId == shopId, ct);
        if (product is null) return Error.NotFound();

        var texts = new List<ContentChecker.Text> { new("名称", product.Name), new("描述", product.Description), new("标签", product.Tags) };
        texts.AddRange(product.Attributes.Select(a => new ContentChecker.Text(a.Key, a.Value)));
        texts.AddRange(product.Skus.Select(s => new ContentChecker.Text("规格 " + s.Code, s.SpecText)));
        var hashes = product.Images.Select(i => i.Sha256).ToList();
        var otherHashes = await (from i in db.ProductImages
                                 join p in db.Products on i.ProductId equals p.Id
                                 where p.ShopId == shopId && p.Id != product.Id && hashes.Contains(i.Sha256)
                                 select i.Sha256).ToListAsync(ct);
        var findings = ContentChecker.CheckTexts(rules.Value, texts);
        findings.AddRange(ContentChecker.CheckImages(product.Images, otherHashes.ToHashSet()));
        return product.Submit(command.OwnerId, findings, time.GetUtcNow().UtcDateTime);
    }
}
