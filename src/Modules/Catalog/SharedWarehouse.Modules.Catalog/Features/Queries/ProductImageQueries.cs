using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

/// The stored file of a draft image: for the owner (OwnerId set, scoped to their shop) or a reviewer (OwnerId null).
public sealed record FindDraftImage(Guid? OwnerId, Guid ProductId, Guid ImageId) : IQuery<string?>;

/// The stored file of the n-th (1-based) image of the approved, listed version: what shoppers may see.
public sealed record FindPublicImage(Guid ProductId, int Number) : IQuery<string?>;

internal sealed class ProductImageQueriesHandler(CatalogDbContext db, IShopAccess shops)
    : IRequestHandler<FindDraftImage, string?>, IRequestHandler<FindPublicImage, string?>
{
    public async Task<string?> Handle(FindDraftImage query, CancellationToken ct)
    {
        Guid? shopId = null;
        if (query.OwnerId is { } ownerId && (shopId = await shops.ActingShopIdAsync(ownerId, ct)) is null) return null;
        return await (from i in db.ProductImages.AsNoTracking()
                      join p in db.Products.AsNoTracking() on i.ProductId equals p.Id
                      where i.Id == query.ImageId && p.Id == query.ProductId && (shopId == null || p.ShopId == shopId)
                      select i.StoredName).FirstOrDefaultAsync(ct);
    }

    public async Task<string?> Handle(FindPublicImage query, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.ProductId && p.IsListed, ct);
        var images = product?.ApprovedContent?.Images ?? [];
        return query.Number >= 1 && query.Number <= images.Count ? images[query.Number - 1] : null;
    }
}
