using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Seeding;

namespace SharedWarehouse.Modules.Catalog.Data;

internal sealed class CatalogSkuDirectory(CatalogDbContext db) : ICatalogSkuDirectory
{
    public async Task<IReadOnlyDictionary<Guid, SkuInfo>> FindAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct)
    {
        if (skuIds.Count == 0) return new Dictionary<Guid, SkuInfo>();
        var ids = skuIds.Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var productIds = skus.Select(s => s.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.Name, p.ApprovedName, p.AttributesJson }, ct);
        return skus.ToDictionary(s => s.Id, s =>
        {
            var p = products[s.ProductId];
            return ToInfo(new Row(s, p.Name, p.ApprovedName, p.AttributesJson));
        });
    }

    public async Task<SkuInfo?> FindByCodeAsync(Guid shopId, string code, CancellationToken ct)
    {
        code = code.Trim();
        var sku = await db.Skus.AsNoTracking().FirstOrDefaultAsync(s => s.ShopId == shopId && s.Code == code, ct);
        if (sku is null) return null;
        var p = await db.Products.AsNoTracking().Where(x => x.Id == sku.ProductId)
            .Select(x => new { x.Name, x.ApprovedName, x.AttributesJson }).FirstAsync(ct);
        return ToInfo(new Row(sku, p.Name, p.ApprovedName, p.AttributesJson));
    }

    public async Task<IReadOnlyDictionary<string, SkuInfo>> FindByCodesAsync(Guid shopId, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return new Dictionary<string, SkuInfo>(StringComparer.Ordinal);
        var rows = await (from s in db.Skus.AsNoTracking()
                          join p in db.Products.AsNoTracking() on s.ProductId equals p.Id
                          where s.ShopId == shopId && wanted.Contains(s.Code)
                          select new { Sku = s, p.Name, p.ApprovedName, p.AttributesJson }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Sku.Code, r => ToInfo(new Row(r.Sku, r.Name, r.ApprovedName, r.AttributesJson)), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Guid>> SearchAsync(Guid shopId, string keyword, int limit, CancellationToken ct)
    {
        keyword = keyword.Trim();
        if (keyword.Length == 0) return [];
        return await db.Skus.AsNoTracking().Where(s => s.ShopId == shopId && (s.Code.Contains(keyword)
                || db.Products.Any(p => p.Id == s.ProductId && (p.Name.Contains(keyword) || (p.ApprovedName != null && p.ApprovedName.Contains(keyword))))))
            .OrderBy(s => s.Code).Select(s => s.Id).Take(limit).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SkuInfo>> ListApprovedAsync(Guid shopId, int limit, CancellationToken ct)
    {
        var rows = await (from s in db.Skus.AsNoTracking()
                          join p in db.Products.AsNoTracking() on s.ProductId equals p.Id
                          where s.ShopId == shopId && s.IsApproved
                          orderby s.Code
                          select new { Sku = s, p.Name, p.ApprovedName, p.AttributesJson }).Take(limit).ToListAsync(ct);
        return rows.Select(r => ToInfo(new Row(r.Sku, r.Name, r.ApprovedName, r.AttributesJson))).ToList();
    }

    private static SkuInfo ToInfo(Row r) => new(r.Sku.Id, r.Sku.ProductId, r.Sku.ShopId, r.Sku.Code, r.Sku.Barcode,
        r.ApprovedName ?? r.Name, r.Sku.SpecText, ShelfLifeDays(r.AttributesJson), r.Sku.IsApproved, r.Sku.RetailPriceFen,
        r.Sku.SourceSkuId, r.Sku.SupplierShopId);

    /// The shelf life comes from the category attribute "保质期(天)" when the merchant filled it in.
    private static int? ShelfLifeDays(string attributesJson)
    {
        var attributes = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(attributesJson) ?? [];
        return attributes.TryGetValue(CatalogSeed.ShelfLifeAttribute, out var v) && int.TryParse(v, out var days) && days > 0 ? days : null;
    }

    private sealed record Row(Sku Sku, string Name, string? ApprovedName, string AttributesJson);
}
