using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

public sealed record SubmitStocktake(Guid UserId, Guid StocktakeId) : ICommand;

internal sealed class SubmitStocktakeHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<SubmitStocktake, Result>
{
    public async Task<Result> Handle(SubmitStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet
            ? sheet.Submit(c.UserId, time.GetUtcNow().UtcDateTime) : Error.NotFound();
}
