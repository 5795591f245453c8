using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Import;

/// The owner's catalog in the import layout (current draft content, one row per SKU), so it can be edited and re-imported elsewhere.
public sealed record ExportProducts(Guid OwnerId, SheetFormat Format) : IQuery<byte[]>;

/// The empty template with one example row.
public sealed record GetImportTemplate(SheetFormat Format) : IQuery<byte[]>;

internal sealed class ExportProductsHandler(CatalogDbContext db, IShopAccess shops)
    : IRequestHandler<ExportProducts, byte[]>, IRequestHandler<GetImportTemplate, byte[]>
{
    public async Task<byte[]> Handle(ExportProducts query, CancellationToken ct)
    {
        var shopId = await shops.ActingShopIdAsync(query.OwnerId, ct) ?? Guid.Empty;
        var products = await db.Products.AsNoTracking().Include(p => p.Skus).Where(p => p.ShopId == shopId).OrderBy(p => p.CreatedUtc).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var brands = await db.Brands.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        string Path(Guid id) => categories.TryGetValue(id, out var c) ? (c.ParentId is { } p ? Path(p) + "/" : "") + c.Name : "";
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var p in products)
        foreach (var s in p.Skus.OrderBy(s => s.Code, StringComparer.Ordinal))
            rows.Add([p.Name, Path(p.CategoryId), p.BrandId is { } b ? brands.GetValueOrDefault(b, "") : "", p.Tags, p.Description,
                string.Join(";", p.Attributes.Select(a => $"{a.Key}={a.Value}")), s.Code, s.SpecText, s.RetailPriceFen / 100m,
                s.WeightGrams, s.Barcode ?? "", PriceTier.Format(s.Tiers)]);
        return CatalogSheet.Write(rows, query.Format);
    }

    public Task<byte[]> Handle(GetImportTemplate query, CancellationToken ct) =>
        Task.FromResult(CatalogSheet.Write([CatalogSheet.Example], query.Format));
}
