using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Cart;

public sealed record RemoveFromCart(string CartKey, Guid SkuId) : ICommand;

internal sealed class RemoveFromCartHandler(OrderingDbContext db) : IRequestHandler<RemoveFromCart, Result>
{
    public async Task<Result> Handle(RemoveFromCart c, CancellationToken ct)
    {
        await db.CartItems.Where(i => i.CartKey == c.CartKey && i.SkuId == c.SkuId).ExecuteDeleteAsync(ct);
        return Result.Success();
    }
}
