using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

/// The reseller approves (forwards to the supplier) or rejects a return of its sub-order's consignment line.
public sealed record ReviewConsignmentReturn(Guid UserId, Guid ReturnId, bool Approve, string? Note) : ICommand;

internal sealed class ReviewConsignmentReturnHandler(OrderingDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<ReviewConsignmentReturn, Result>
{
    public async Task<Result> Handle(ReviewConsignmentReturn c, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var r = await db.ConsignmentReturns.FirstOrDefaultAsync(x => x.Id == c.ReturnId && x.ResellerShopId == shop.ShopId, ct);
        return r is null ? Error.NotFound() : r.ReviewByReseller(c.Approve, c.Note, time.GetUtcNow().UtcDateTime);
    }
}
