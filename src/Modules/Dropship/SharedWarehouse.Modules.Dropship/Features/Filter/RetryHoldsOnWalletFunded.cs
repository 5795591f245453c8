using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Wallet.Contracts;

namespace SharedWarehouse.Modules.Dropship.Features.Filter;

/// Money arrived in a shop's wallet: its orders waiting for funds are marked for the sweep to retry their holds
/// (the wallet must not be called while this handler's transaction is open).
internal sealed class RetryHoldsOnWalletFunded(DropshipDbContext db) : IIntegrationEventHandler<WalletFunded>
{
    public async Task Handle(WalletFunded e, CancellationToken ct) =>
        await db.Orders.Where(o => o.ShopId == e.ShopId && o.Status == DropshipOrderStatus.AwaitingFunds && !o.RetryHold)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.RetryHold, true), ct);
}
