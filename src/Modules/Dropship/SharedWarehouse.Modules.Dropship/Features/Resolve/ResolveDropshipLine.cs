using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Resolve;

/// The merchant answers a line a picker could not buy (out of stock, in stock on a later day, price above the
/// declared one) or that had no stall: another stall, a later day (the morning job opens the task that day), or a
/// corrected declared price (platform dropship: the hold is replaced). The line goes back through the filter, which
/// issues the new task (and re-checks the warehouse first).
public sealed record ResolveDropshipLine(Guid ShopId, Guid OrderId, Guid LineId, Resolution Resolution, Guid? StallId, DateOnly? Day,
    long? DeclaredUnitFen) : IProcess<DropshipOrderStatus>;

internal sealed class ResolveDropshipLineHandler(ISender sender) : IRequestHandler<ResolveDropshipLine, Result<DropshipOrderStatus>>
{
    public async Task<Result<DropshipOrderStatus>> Handle(ResolveDropshipLine c, CancellationToken ct)
    {
        var reissued = await sender.Send(new ReissueLine(c), ct);
        if (reissued.IsFailure) return Result<DropshipOrderStatus>.Failure(reissued.Errors);
        // The filter places the new hold (a corrected price bumped its version) before it gives the old one back.
        return await sender.Send(new FilterDropshipOrder(c.OrderId), ct);
    }
}
