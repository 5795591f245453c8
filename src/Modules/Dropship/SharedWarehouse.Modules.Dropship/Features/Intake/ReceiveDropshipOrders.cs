using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Intake;

/// Intake of a batch of outside orders (CSV import or the JSON endpoint): each order is judged on its own (a bad
/// one never blocks the rest), an external order id the shop already sent is ignored, and every new order goes
/// through the order filter at once. Set-based: the batch is checked in memory, saved by one unit of work and
/// filtered as one batch, so its cost grows with the rows written, not with round trips per order.
public sealed record ReceiveDropshipOrders(Guid ShopId, IReadOnlyList<IncomingOrder> Orders) : IProcess<IntakeReport>
{
    public const int MaxBatch = 500;
}

internal sealed class ReceiveDropshipOrdersHandler(ISender sender, ILogger<ReceiveDropshipOrdersHandler> log)
    : IRequestHandler<ReceiveDropshipOrders, Result<IntakeReport>>
{
    /// A save refused by a unique index (an external id a concurrent batch committed first, or a random number taken
    /// meanwhile) wrote nothing; saved again, those orders show as duplicates (or get new numbers).
    private const int SaveAttempts = 3;

    public async Task<Result<IntakeReport>> Handle(ReceiveDropshipOrders c, CancellationToken ct)
    {
        if (c.Orders.Count == 0) return Error.Validation("Orders", "没有订单");
        if (c.Orders.Count > ReceiveDropshipOrders.MaxBatch) return Error.Validation("Orders", "一次最多导入 {0} 个订单", ReceiveDropshipOrders.MaxBatch);
        var saved = await sender.Send(new SaveIncomingOrders(c.ShopId, c.Orders), ct);
        for (var attempt = 2; attempt <= SaveAttempts && saved.IsFailure && saved.Errors.All(e => e.Code == "conflict"); attempt++)
            saved = await sender.Send(new SaveIncomingOrders(c.ShopId, c.Orders), ct);
        if (saved.IsFailure) return Result<IntakeReport>.Failure(saved.Errors);

        var created = saved.Value.Where(o => o.Saved is not null).Select(o => o.Saved!.OrderId).ToList();
        if (created.Count > 0) await FilterAsync(created, ct);
        var results = c.Orders.Zip(saved.Value, (incoming, outcome) => new IntakeResult(incoming.ExternalOrderId?.Trim() ?? "", outcome.Outcome,
            outcome.Saved?.Number, outcome.Errors.Select(IntakeError.From).ToList())).ToList();
        return new IntakeReport(results);
    }

    /// The orders are received once saved: the filter is repeatable, and whatever it leaves (a crash, a wallet error,
    /// an order changed meanwhile) the sweep job finishes, so it never turns a received batch into an error.
    private async Task FilterAsync(IReadOnlyList<Guid> orderIds, CancellationToken ct)
    {
        try
        {
            var filtered = await sender.Send(new FilterDropshipOrders(orderIds), ct);
            if (filtered.IsSuccess && filtered.Value.Failures.Count > 0)
                log.LogInformation("Dropship intake: {Count} of {Total} new orders left for the sweep to filter ({Error})", filtered.Value.Failures.Count,
                    orderIds.Count, filtered.Value.Failures.First().Value[0].Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Dropship intake: filtering {Count} new orders failed; the sweep job filters them", orderIds.Count);
        }
    }
}
