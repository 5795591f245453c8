using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Resolve;

/// Closes an order that cannot (or should not) be fulfilled: open tasks cancelled, warehouse reservations released,
/// a returned item it took goes back to returned stock, and the wallet hold released. Each step is repeatable.
public sealed record CloseDropshipOrder(Guid? ShopId, Guid OrderId, string? Reason) : IProcess<bool>;

internal sealed class CloseDropshipOrderHandler(ISender sender, IWallet wallet, Inventory.Contracts.IStockReservations reservations)
    : IRequestHandler<CloseDropshipOrder, Result<bool>>
{
    public async Task<Result<bool>> Handle(CloseDropshipOrder c, CancellationToken ct)
    {
        var closed = await sender.Send(new MarkDropshipOrderClosed(c.ShopId, c.OrderId, c.Reason ?? ""), ct);
        if (closed.IsFailure) return Result<bool>.Failure(closed.Errors);
        foreach (var reference in closed.Value.Reservations)
            await reservations.ReleaseAsync(reference, ct); // already released or expired: nothing left to give back
        foreach (var hold in closed.Value.Holds)
        {
            var released = await wallet.ReleaseHoldAsync(new WalletDocument(DropshipDocuments.Order, hold), ct);
            if (released.IsFailure && !released.IsNotFound) return Result<bool>.Failure(released.Errors);
        }
        // Until this is recorded the sweep repeats the releases (a crash above leaves nothing held for good).
        var done = await sender.Send(new MarkDropshipOrderReleased(c.OrderId), ct);
        return done.IsFailure ? Result<bool>.Failure(done.Errors) : true;
    }
}
