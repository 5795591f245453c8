using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

public sealed record CancelStocktake(Guid UserId, Guid StocktakeId) : ICommand;

internal sealed class CancelStocktakeHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<CancelStocktake, Result>
{
    public async Task<Result> Handle(CancelStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet
            ? sheet.Cancel(c.UserId, time.GetUtcNow().UtcDateTime) : Error.NotFound();
}
