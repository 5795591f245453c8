using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// The merchant takes a repair in warranty on, free of charge.
public sealed record AcceptRepair(Guid UserId, Guid RepairId) : ICommand;

internal sealed class AcceptRepairHandler(RepairDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time) : IRequestHandler<AcceptRepair, Result>
{
    public async Task<Result> Handle(AcceptRepair c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.RepairId, ct), r => r.Accept(c.UserId, time.GetUtcNow().UtcDateTime), ct);
}
