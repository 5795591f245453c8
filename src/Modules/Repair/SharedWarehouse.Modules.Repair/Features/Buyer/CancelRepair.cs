using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Buyer;

/// The buyer withdraws a repair before anything was paid or sent.
public sealed record CancelRepair(Guid BuyerId, Guid RepairId) : ICommand;

internal sealed class CancelRepairHandler(RepairDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<CancelRepair, Result>
{
    public async Task<Result> Handle(CancelRepair c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RepairId, ct), r => r.Cancel(c.BuyerId, time.GetUtcNow().UtcDateTime), ct);
}
