using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Intake;

/// Intake of a batch of outside orders (CSV import or the JSON endpoint): each order is saved on its own (a bad
/// one never blocks the rest), an external order id the shop already sent is ignored, and every new order goes
/// through the order filter at once.
public sealed record ReceiveDropshipOrders(Guid ShopId, IReadOnlyList<IncomingOrder> Orders) : IProcess<IntakeReport>
{
    public const int MaxBatch = 500;
}

internal sealed class ReceiveDropshipOrdersHandler(ISender sender) : IRequestHandler<ReceiveDropshipOrders, Result<IntakeReport>>
{
    public async Task<Result<IntakeReport>> Handle(ReceiveDropshipOrders c, CancellationToken ct)
    {
        if (c.Orders.Count == 0) return Error.Validation("Orders", "没有订单");
        if (c.Orders.Count > ReceiveDropshipOrders.MaxBatch) return Error.Validation("Orders", "一次最多导入 {0} 个订单", ReceiveDropshipOrders.MaxBatch);
        var results = new List<IntakeResult>(c.Orders.Count);
        foreach (var incoming in c.Orders)
        {
            var saved = await sender.Send(new SaveIncomingOrder(c.ShopId, incoming), ct);
            var externalId = incoming.ExternalOrderId?.Trim() ?? "";
            if (saved.IsFailure)
            {
                var duplicate = saved.Errors.Any(e => e.Code == "conflict" && e.Field == nameof(IncomingOrder.ExternalOrderId));
                results.Add(new IntakeResult(externalId, duplicate ? IntakeOutcome.Duplicate : IntakeOutcome.Rejected, null,
                    duplicate ? [] : saved.Errors.Select(e => new IntakeError(e.Field, Text(e))).ToList()));
                continue;
            }
            // The filter is repeatable: a crash here leaves the order unfiltered, and the sweep job finishes it.
            await sender.Send(new FilterDropshipOrder(saved.Value.OrderId), ct);
            results.Add(new IntakeResult(externalId, IntakeOutcome.Created, saved.Value.Number, []));
        }
        return new IntakeReport(results);
    }

    /// The message with its arguments filled in (the API answers with it as is; pages translate the plain key).
    private static string Text(Error e) => e.Args.Length == 0 ? e.Message : string.Format(System.Globalization.CultureInfo.InvariantCulture, e.Message, e.Args);
}
