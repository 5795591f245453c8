using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// The second step of IssueRepairPart: the part Inventory issued under Reference is recorded on the repair, once (the
/// same reference again changes nothing). Parts are in the timeline, not announced to the buyer.
public sealed record RecordRepairPart(Guid UserId, Guid RepairId, string Reference, Guid SkuId, string SkuCode, string Name, int Quantity) : ICommand;

internal sealed class RecordRepairPartHandler(RepairDbContext db, IShopAccess shops, TimeProvider time) : IRequestHandler<RecordRepairPart, Result>
{
    public async Task<Result> Handle(RecordRepairPart c, CancellationToken ct)
    {
        var repair = await db.OfMerchantAsync(shops, c.UserId, c.RepairId, ct);
        if (repair is null) return Error.NotFound();
        var used = repair.UsePart(c.UserId, c.Reference, c.SkuId, c.SkuCode, c.Name, c.Quantity, time.GetUtcNow().UtcDateTime);
        return used.IsFailure ? Result.Failure(used.Errors) : Result.Success();
    }
}
