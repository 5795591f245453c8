using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

/// Cancels an order that has not shipped and gives its stock back. BuyerId null = the system (payment deadline).
public sealed record CancelOrder(Guid? BuyerId, Guid OrderId, string? Reason) : IProcess<Guid>;

internal sealed class CancelOrderValidator : AbstractValidator<CancelOrder>
{
    public CancelOrderValidator() => RuleFor(c => c.Reason).NotEmpty().WithText("请选择取消原因").MaximumLength(200).WithText("原因最多 {MaxLength} 个字");
}

internal sealed class CancelOrderHandler(ISender sender, IStockReservations stock) : IRequestHandler<CancelOrder, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CancelOrder c, CancellationToken ct)
    {
        var cancelled = await sender.Send(new MarkOrderCancelled(c.BuyerId, c.OrderId, c.Reason!), ct);
        if (cancelled.IsFailure) return Result<Guid>.Failure(cancelled.Errors);
        // After the cancellation is stored: if this stops half-way, the reservations still expire by themselves.
        await ReleaseAsync(stock, cancelled.Value, ct);
        return c.OrderId;
    }

    /// Gives back every line's reservation; one already gone (expired, released before) is fine.
    internal static async Task ReleaseAsync(IStockReservations stock, IEnumerable<string> references, CancellationToken ct)
    {
        foreach (var reference in references) await stock.ReleaseAsync(reference, ct);
    }
}
