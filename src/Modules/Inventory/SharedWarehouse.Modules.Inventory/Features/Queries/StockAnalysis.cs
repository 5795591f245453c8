using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

/// 库龄 = on-hand-weighted days since each lot was first received; turnover = units shipped in the last
/// 30 days ÷ units on hand now (how many times the current stock would turn over in a month). A SKU is named as
/// merchants know it: its code and its product's name and spec (from the catalogue).
public sealed record SkuStockAnalysis(Guid SkuId, long OnHand, int AgeDays, long Shipped30, decimal Turnover30,
    string Code = "", string ProductName = "", string SpecText = "")
{
    public string Label => string.IsNullOrEmpty(SpecText) ? $"{Code} {ProductName}" : $"{Code} {ProductName} {SpecText}";
}

public sealed record AnalyseStock(Guid UserId) : IQuery<IReadOnlyList<SkuStockAnalysis>>;

internal sealed class AnalyseStockHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus, TimeProvider time) : IRequestHandler<AnalyseStock, IReadOnlyList<SkuStockAnalysis>>
{
    public async Task<IReadOnlyList<SkuStockAnalysis>> Handle(AnalyseStock q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return [];
        var now = time.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-30);
        var balances = await db.Balances.AsNoTracking().Where(b => b.OwnerShopId == shop && b.OnHand > 0)
            .Select(b => new { b.SkuId, b.OnHand, b.FirstReceivedUtc }).ToListAsync(ct);
        var shipped = await db.Movements.AsNoTracking()
            .Where(m => m.OwnerShopId == shop && m.Type == MovementType.Shipment && m.AtUtc >= since)
            .GroupBy(m => m.SkuId).Select(g => new { g.Key, Units = -g.Sum(m => m.Quantity) }).ToDictionaryAsync(x => x.Key, x => x.Units, ct);
        var names = await skus.FindAsync(balances.Select(b => b.SkuId).Distinct().ToList(), ct);
        return balances.GroupBy(b => b.SkuId).Select(g =>
        {
            var onHand = g.Sum(b => b.OnHand);
            var age = (int)Math.Round(g.Sum(b => b.OnHand * (now - b.FirstReceivedUtc).TotalDays) / onHand);
            var out30 = shipped.GetValueOrDefault(g.Key);
            var sku = names.GetValueOrDefault(g.Key);
            return new SkuStockAnalysis(g.Key, onHand, age, out30, Math.Round((decimal)out30 / onHand, 2),
                sku?.Code ?? g.Key.ToString()[..8], sku?.ProductName ?? "", sku?.SpecText ?? "");
        }).OrderByDescending(a => a.AgeDays).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
    }
}
