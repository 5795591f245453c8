using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// The merchant has the item (by courier or at the counter): the repair starts.
public sealed record ReceiveRepairItem(Guid UserId, Guid RepairId) : ICommand;

internal sealed class ReceiveRepairItemHandler(RepairDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time) : IRequestHandler<ReceiveRepairItem, Result>
{
    public async Task<Result> Handle(ReceiveRepairItem c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.RepairId, ct), r => r.ReceiveItem(c.UserId, time.GetUtcNow().UtcDateTime), ct);
}
