using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Buyer;

/// The buyer does not want the repair at the quoted price: the repair ends (a payment still arriving is refunded).
public sealed record DeclineRepairQuote(Guid BuyerId, Guid RepairId) : ICommand;

internal sealed class DeclineRepairQuoteHandler(RepairDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<DeclineRepairQuote, Result>
{
    public async Task<Result> Handle(DeclineRepairQuote c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RepairId, ct), r => r.DeclineQuote(c.BuyerId, time.GetUtcNow().UtcDateTime), ct);
}
