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
