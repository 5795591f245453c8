using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Addresses;

public sealed record DeleteAddress(Guid BuyerId, Guid AddressId) : ICommand;

internal sealed class DeleteAddressHandler(OrderingDbContext db) : IRequestHandler<DeleteAddress, Result>
{
    public async Task<Result> Handle(DeleteAddress c, CancellationToken ct)
    {
        var address = await db.Addresses.FirstOrDefaultAsync(a => a.Id == c.AddressId && a.BuyerId == c.BuyerId, ct);
        if (address is null) return Error.NotFound();
        db.Addresses.Remove(address);
        // Placed orders keep their own copy of the address, so deleting never changes them.
        if (address.IsDefault && await db.Addresses.Where(a => a.BuyerId == c.BuyerId && a.Id != address.Id).OrderBy(a => a.CreatedUtc).FirstOrDefaultAsync(ct) is { } next)
            next.IsDefault = true;
        return Result.Success();
    }
}
