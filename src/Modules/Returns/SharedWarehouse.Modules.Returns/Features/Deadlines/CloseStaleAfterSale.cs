using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Deadlines;

/// A buyer's turn left unused (a refusal not taken further, an offer not answered, goods never sent) closes the request.
public sealed record CloseStaleAfterSale(Guid RequestId) : ICommand;

internal sealed class CloseStaleAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, IOptions<ReturnsOptions> options, TimeProvider time)
    : IRequestHandler<CloseStaleAfterSale, Result>
{
    public async Task<Result> Handle(CloseStaleAfterSale c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.AnyAsync(c.RequestId, ct), r => r.TimeOut(time.GetUtcNow().UtcDateTime, options.Value.BuyerTurn), ct);
}
