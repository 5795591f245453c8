using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Buyer;

/// The buyer has the repaired item back: the repair is done and its own warranty starts (Repair:RepairWarrantyDays).
public sealed record ConfirmRepair(Guid BuyerId, Guid RepairId) : ICommand;

internal sealed class ConfirmRepairHandler(RepairDbContext db, IMerchantDirectory merchants, IOptions<RepairOptions> options, TimeProvider time)
    : IRequestHandler<ConfirmRepair, Result>
{
    public async Task<Result> Handle(ConfirmRepair c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RepairId, ct),
            r => r.Confirm(c.BuyerId, options.Value.RepairWarranty, time.GetUtcNow().UtcDateTime), ct);
}
