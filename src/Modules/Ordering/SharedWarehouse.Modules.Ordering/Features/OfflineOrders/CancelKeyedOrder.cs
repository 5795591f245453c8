using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.OfflineOrders;

/// The merchant withdraws a keyed order that has not shipped (keyed by mistake, the buyer called it off) and its stock
/// is given back. Money taken offline is returned offline: there is no platform payment to refund.
public sealed record CancelKeyedOrder(Guid UserId, Guid SubOrderId, string? Reason) : IProcess<Guid>;

internal sealed class CancelKeyedOrderValidator : AbstractValidator<CancelKeyedOrder>
{
    public CancelKeyedOrderValidator() => RuleFor(c => c.Reason).NotEmpty().WithText("请选择取消原因").MaximumLength(200).WithText("原因最多 {MaxLength} 个字");
}

internal sealed class CancelKeyedOrderHandler(ISender sender, IStockReservations stock) : IRequestHandler<CancelKeyedOrder, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CancelKeyedOrder c, CancellationToken ct)
    {
        var cancelled = await sender.Send(new MarkKeyedOrderCancelled(c.UserId, c.SubOrderId, c.Reason!), ct);
        if (cancelled.IsFailure) return Result<Guid>.Failure(cancelled.Errors);
        // After the cancellation is stored: if this stops half-way, the reservations still expire by themselves.
        await Orders.CancelOrderHandler.ReleaseAsync(stock, cancelled.Value, ct);
        return c.SubOrderId;
    }
}
