using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

/// The owner's product, found by id AND the owner's shop: another shop's id yields null, as if it did not exist.
public sealed record GetOwnProduct(Guid OwnerId, Guid ProductId) : IQuery<ProductDetails?>;

/// A reviewer's view of any product.
public sealed record GetProductForReview(Guid ProductId) : IQuery<ProductDetails?>;

internal sealed class ProductQueriesHandler(CatalogDbContext db, IShopAccess shops, IAccountDirectory accounts)
    : IRequestHandler<GetOwnProduct, ProductDetails?>, IRequestHandler<GetProductForReview, ProductDetails?>
{
    public async Task<ProductDetails?> Handle(GetOwnProduct query, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(query.OwnerId, ct) is not { } shopId) return null;
        return await ViewAsync(await db.FullProducts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.ProductId && p.ShopId == shopId, ct), ct);
    }

    public async Task<ProductDetails?> Handle(GetProductForReview query, CancellationToken ct) =>
        await ViewAsync(await db.FullProducts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.ProductId, ct), ct);

    private async Task<ProductDetails?> ViewAsync(Product? p, CancellationToken ct)
    {
        if (p is null) return null;
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == p.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        var people = await accounts.FindAsync(p.History.Select(h => h.ActorId).Distinct().ToList(), ct);
        var brand = p.BrandId is { } b ? await db.Brands.AsNoTracking().Where(x => x.Id == b).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return new ProductDetails(p.Id, p.ShopId, p.Name, p.CategoryId, category, p.BrandId, brand, p.Description, MarkdownText.ToHtml(p.Description),
            p.Tags, p.Attributes, p.Status, p.RejectionReason, p.IsListed, p.ForceDelistReason, p.IsHot, p.IsFeatured, p.HasApprovedVersion,
            p.ApprovedName, p.SubmittedUtc,
            p.Skus.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new SkuView(s.Id, s.Code, s.Barcode, s.SpecText, s.RetailPriceFen, s.WeightGrams,
                PriceTier.Format(s.Tiers), s.IsApproved)).ToList(),
            p.Images.OrderBy(i => i.SortOrder).Select(i => new ImageView(i.Id, i.SortOrder, i.Width, i.Height)).ToList(),
            p.Findings.Select(f => new FindingView(f.Kind, f.Field, f.Term, f.Message)).ToList(),
            p.History.OrderBy(h => h.AtUtc).Select(h => new HistoryView(h.Action, h.ActorId, people.TryGetValue(h.ActorId, out var who) ? who.DisplayName : "", h.AtUtc, h.Reason)).ToList());
    }
}
