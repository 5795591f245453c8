using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Items;

/// The merchant retires a unit (broken, sold) or brings it back: a retired unit takes no new bookings, its bookings stay.
public sealed record SetRentalUnitActive(Guid UserId, Guid ItemId, Guid UnitId, bool Active) : ICommand;

internal sealed class SetRentalUnitActiveHandler(RentalDbContext db, IShopAccess shops) : IRequestHandler<SetRentalUnitActive, Result>
{
    public async Task<Result> Handle(SetRentalUnitActive c, CancellationToken ct) =>
        await db.OwnItemAsync(shops, c.UserId, c.ItemId, ct) is { } item ? item.SetUnitActive(c.UnitId, c.Active) : Error.NotFound();
}
