using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

/// Platform dropship: debits the real cost (goods as paid at the stalls, commission, shipping) against the hold.
/// Repeatable; a failure (the real cost above the hold and too little balance for the difference) is retried by the sweep.
public sealed record SettleDropshipOrder(Guid OrderId) : IProcess<bool>;

internal sealed class SettleDropshipOrderHandler(ISender sender, DropshipDbContext db, IWallet wallet, DropshipOptions options,
    ILogger<SettleDropshipOrderHandler> log) : IRequestHandler<SettleDropshipOrder, Result<bool>>
{
    public async Task<Result<bool>> Handle(SettleDropshipOrder c, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        if (order.Mode != DropshipMode.Platform || order.Status != DropshipOrderStatus.Shipped || order.SettledFen is not null) return false;
        var amount = order.ComputeSettlement(options.Fees);
        var settled = await wallet.SettleHoldAsync(new WalletDocument(DropshipDocuments.Order, order.HoldDocumentId), amount, ct);
        if (settled.IsFailure)
        {
            log.LogWarning("Dropship order {Number}: settlement of {AmountFen} fen failed ({Error}); the sweep retries", order.Number, amount,
                settled.Errors[0].Message);
            return Result<bool>.Failure(settled.Errors);
        }
        var recorded = await sender.Send(new RecordSettlement(order.Id, amount), ct);
        return recorded.IsFailure ? Result<bool>.Failure(recorded.Errors) : true;
    }
}
