using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

public sealed record SkuTermsRow(Guid SkuId, string Code, string SpecText, long RetailPriceFen, string Floor, string Prices);
public sealed record ConsignmentTermsView(Guid ProductId, string Name, bool HasApprovedVersion, bool IsOpen, IReadOnlyList<SkuTermsRow> Skus);

/// The supplier's own product with its consignment terms (null for another shop's product or a consignment listing).
public sealed record GetConsignmentTerms(Guid OwnerId, Guid ProductId) : IQuery<ConsignmentTermsView?>;

internal sealed class GetConsignmentTermsHandler(CatalogDbContext db, IShopAccess shops) : IRequestHandler<GetConsignmentTerms, ConsignmentTermsView?>
{
    public async Task<ConsignmentTermsView?> Handle(GetConsignmentTerms q, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(q.OwnerId, ct) is not { } shop) return null;
        var product = await db.Products.AsNoTracking().Include(p => p.Skus).FirstOrDefaultAsync(p => p.Id == q.ProductId && p.ShopId == shop, ct);
        if (product is null || product.IsConsignment) return null;
        var offer = await db.ConsignmentOffers.AsNoTracking().Include(o => o.Skus).FirstOrDefaultAsync(o => o.ProductId == product.Id, ct);
        return new ConsignmentTermsView(product.Id, product.ApprovedName ?? product.Name, product.HasApprovedVersion, offer?.IsOpen ?? false,
            product.Skus.Where(s => s.IsApproved).OrderBy(s => s.Code, StringComparer.Ordinal).Select(s =>
            {
                var t = offer?.Skus.FirstOrDefault(x => x.SkuId == s.Id);
                return new SkuTermsRow(s.Id, s.Code, s.SpecText, s.RetailPriceFen, t is null ? "" : Money.Yuan(t.FloorPriceFen),
                    t is null ? "" : WholesalePrice.Format(t.Prices));
            }).ToList());
    }
}
