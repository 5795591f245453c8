using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

public sealed record CountStocktake(Guid UserId, Guid StocktakeId, IReadOnlyDictionary<Guid, long> Counts) : ICommand;

internal sealed class CountStocktakeHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<CountStocktake, Result>
{
    public async Task<Result> Handle(CountStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet ? sheet.Count(c.Counts) : Error.NotFound();
}
