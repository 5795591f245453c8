using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Cart;

/// The visitor's cart joins the buyer's at sign-in: quantities of the same SKU add up (capped), the visitor cart is emptied.
public sealed record MergeCart(string FromKey, string IntoKey) : ICommand<int>;

internal sealed class MergeCartHandler(OrderingDbContext db) : IRequestHandler<MergeCart, Result<int>>
{
    public async Task<Result<int>> Handle(MergeCart c, CancellationToken ct)
    {
        if (c.FromKey == c.IntoKey) return 0;
        var from = await db.CartItems.Where(i => i.CartKey == c.FromKey).ToListAsync(ct);
        if (from.Count == 0) return 0;
        var skuIds = from.Select(i => i.SkuId).ToList();
        var into = await db.CartItems.Where(i => i.CartKey == c.IntoKey && skuIds.Contains(i.SkuId)).ToDictionaryAsync(i => i.SkuId, ct);
        foreach (var item in from)
        {
            if (into.TryGetValue(item.SkuId, out var existing)) existing.Add(item.Quantity);
            else db.CartItems.Add(CartItem.Create(c.IntoKey, item.SkuId, item.Quantity, item.AddedUtc).Value);
            db.CartItems.Remove(item);
        }
        return from.Count;
    }
}
