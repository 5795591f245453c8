using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Filter;

/// The order filter for one order (the sweep job, a line sent back to the filter): the batch filter with one order.
public sealed record FilterDropshipOrder(Guid OrderId) : IProcess<DropshipOrderStatus>;

internal sealed class FilterDropshipOrderHandler(ISender sender) : IRequestHandler<FilterDropshipOrder, Result<DropshipOrderStatus>>
{
    public async Task<Result<DropshipOrderStatus>> Handle(FilterDropshipOrder c, CancellationToken ct)
    {
        var report = await sender.Send(new FilterDropshipOrders([c.OrderId]), ct);
        if (report.IsFailure) return Result<DropshipOrderStatus>.Failure(report.Errors);
        if (report.Value.Failures.TryGetValue(c.OrderId, out var errors)) return Result<DropshipOrderStatus>.Failure(errors);
        return report.Value.Statuses[c.OrderId];
    }
}
