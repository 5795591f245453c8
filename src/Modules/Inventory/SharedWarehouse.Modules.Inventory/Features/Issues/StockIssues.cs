using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Issues;

internal sealed class StockIssues(ISender sender) : IStockIssues
{
    public Task<Result> IssueAsync(IssueStock request, CancellationToken ct) => sender.Send(new IssueOwnStock(request), ct);
}
