using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;

namespace SharedWarehouse.Modules.Ordering.Features.Cart;

public sealed record CartLine(Guid SkuId, Guid? ProductId, string Name, string SpecText, string? ImageUrl, long PriceFen, int Quantity, long Available, bool Sellable)
{
    public long AmountFen => PriceFen * Quantity;
    /// Can go into an order now: still on sale and enough stock for the quantity.
    public bool Orderable => Sellable && Available >= Quantity;
}

public sealed record CartShop(Guid ShopId, string ShopName, IReadOnlyList<CartLine> Lines)
{
    public long GoodsFen => Lines.Where(l => l.Orderable).Sum(l => l.AmountFen);
}

public sealed record CartView(IReadOnlyList<CartShop> Shops, IReadOnlyList<CartLine> Unavailable)
{
    public long GoodsFen => Shops.Sum(s => s.GoodsFen);
    public int Count => Shops.Sum(s => s.Lines.Count) + Unavailable.Count;
    public bool CanCheckOut => Shops.Any(s => s.Lines.Any(l => l.Orderable));
}

/// The cart grouped by merchant with current prices and stock; SKUs no longer on sale are listed apart.
public sealed record GetCart(string CartKey) : IQuery<CartView>;

internal sealed class GetCartHandler(OrderingDbContext db, ISellableSkus sellable, IStockAvailability stock, IMerchantDirectory merchants)
    : IRequestHandler<GetCart, CartView>
{
    public async Task<CartView> Handle(GetCart q, CancellationToken ct)
    {
        var items = await db.CartItems.AsNoTracking().Where(i => i.CartKey == q.CartKey).OrderBy(i => i.AddedUtc).ToListAsync(ct);
        if (items.Count == 0) return new([], []);
        var ids = items.Select(i => i.SkuId).ToList();
        var skus = await sellable.FindSellableAsync(ids, ct);
        var available = await stock.AvailableAsync(ids, ct);
        var shops = await merchants.FindShopsAsync(skus.Values.Select(s => s.ShopId).Distinct().ToList(), ct);
        var lines = items.Select(i => skus.TryGetValue(i.SkuId, out var s)
            ? (Shop: s.ShopId, Line: new CartLine(i.SkuId, s.ProductId, s.ProductName, s.SpecText, s.ImageUrl, s.PriceFen, i.Quantity, Math.Max(0, available.GetValueOrDefault(i.SkuId)), true))
            : (Shop: Guid.Empty, Line: new CartLine(i.SkuId, null, "", "", null, 0, i.Quantity, 0, false))).ToList();
        return new(
            lines.Where(l => l.Line.Sellable).GroupBy(l => l.Shop)
                .Select(g => new CartShop(g.Key, shops.TryGetValue(g.Key, out var shop) ? shop.Name : "", g.Select(x => x.Line).ToList())).ToList(),
            lines.Where(l => !l.Line.Sellable).Select(l => l.Line).ToList());
    }
}
