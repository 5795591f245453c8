using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Cart;

/// Adds to what is already in the cart; only sellable SKUs go in.
public sealed record AddToCart(string CartKey, Guid SkuId, int Quantity) : ICommand;

internal sealed class AddToCartHandler(OrderingDbContext db, ISellableSkus sellable, TimeProvider time) : IRequestHandler<AddToCart, Result>
{
    public async Task<Result> Handle(AddToCart c, CancellationToken ct)
    {
        if (!(await sellable.FindSellableAsync([c.SkuId], ct)).ContainsKey(c.SkuId)) return Error.Validation("SkuId", "该商品已下架或不存在");
        var item = await db.CartItems.FirstOrDefaultAsync(i => i.CartKey == c.CartKey && i.SkuId == c.SkuId, ct);
        if (item is null)
        {
            var created = CartItem.Create(c.CartKey, c.SkuId, c.Quantity, time.GetUtcNow().UtcDateTime);
            if (created.IsFailure) return created;
            db.CartItems.Add(created.Value);
            return Result.Success();
        }
        if (c.Quantity is < 1 or > CartItem.MaxQuantity) return Error.Validation("Quantity", "数量应在 1 到 {0} 之间", CartItem.MaxQuantity);
        item.Add(c.Quantity);
        return Result.Success();
    }
}

public sealed record SetCartQuantity(string CartKey, Guid SkuId, int Quantity) : ICommand;

internal sealed class SetCartQuantityHandler(OrderingDbContext db) : IRequestHandler<SetCartQuantity, Result>
{
    public async Task<Result> Handle(SetCartQuantity c, CancellationToken ct) =>
        await db.CartItems.FirstOrDefaultAsync(i => i.CartKey == c.CartKey && i.SkuId == c.SkuId, ct) is { } item
            ? item.SetQuantity(c.Quantity) : Error.NotFound();
}

public sealed record RemoveFromCart(string CartKey, Guid SkuId) : ICommand;

internal sealed class RemoveFromCartHandler(OrderingDbContext db) : IRequestHandler<RemoveFromCart, Result>
{
    public async Task<Result> Handle(RemoveFromCart c, CancellationToken ct)
    {
        await db.CartItems.Where(i => i.CartKey == c.CartKey && i.SkuId == c.SkuId).ExecuteDeleteAsync(ct);
        return Result.Success();
    }
}

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
