using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Items;

/// The merchant changes an item's terms and whether it is listed; bookings keep the terms they were made on.
public sealed record ChangeRentalItem(Guid UserId, Guid ItemId, string? Description, RentalTermsText Terms, bool IsListed) : ICommand;

internal sealed class ChangeRentalItemHandler(RentalDbContext db, IShopAccess shops) : IRequestHandler<ChangeRentalItem, Result>
{
    public async Task<Result> Handle(ChangeRentalItem c, CancellationToken ct)
    {
        if (await db.OwnItemAsync(shops, c.UserId, c.ItemId, ct) is not { } item) return Error.NotFound();
        var terms = c.Terms.Read();
        if (terms.IsFailure) return Result.Failure(terms.Errors);
        var changed = item.Change(item.Name, c.Description, terms.Value);
        if (changed.IsSuccess) item.List(c.IsListed);
        return changed;
    }
}
