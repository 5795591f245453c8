using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Cart;

public sealed record SetCartQuantity(string CartKey, Guid SkuId, int Quantity) : ICommand;

internal sealed class SetCartQuantityHandler(OrderingDbContext db) : IRequestHandler<SetCartQuantity, Result>
{
    public async Task<Result> Handle(SetCartQuantity c, CancellationToken ct) =>
        await db.CartItems.FirstOrDefaultAsync(i => i.CartKey == c.CartKey && i.SkuId == c.SkuId, ct) is { } item
            ? item.SetQuantity(c.Quantity) : Error.NotFound();
}
