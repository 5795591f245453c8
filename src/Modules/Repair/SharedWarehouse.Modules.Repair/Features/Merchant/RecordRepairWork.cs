using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// What was done to the item (shown to the buyer in the timeline); needed before it is shipped back.
public sealed record RecordRepairWork(Guid UserId, Guid RepairId, string? Note) : ICommand;

internal sealed class RecordRepairWorkHandler(RepairDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time) : IRequestHandler<RecordRepairWork, Result>
{
    public async Task<Result> Handle(RecordRepairWork c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.RepairId, ct), r => r.RecordWork(c.UserId, c.Note, time.GetUtcNow().UtcDateTime), ct);
}
