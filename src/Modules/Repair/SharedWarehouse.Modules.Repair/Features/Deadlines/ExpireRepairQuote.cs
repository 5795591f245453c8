using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Deadlines;

/// A quote left unpaid past its validity closes the repair (the same transition for every caller; a payment racing it
/// loses on the repair's version and is then refunded).
public sealed record ExpireRepairQuote(Guid RepairId) : ICommand;

internal sealed class ExpireRepairQuoteHandler(RepairDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<ExpireRepairQuote, Result>
{
    public async Task<Result> Handle(ExpireRepairQuote c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.AnyAsync(c.RepairId, ct), r => r.ExpireQuote(time.GetUtcNow().UtcDateTime), ct);
}
