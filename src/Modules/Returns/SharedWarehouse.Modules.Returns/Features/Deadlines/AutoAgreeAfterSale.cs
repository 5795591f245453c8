using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Deadlines;

/// The merchant's silence past its deadline agrees (RecordAfterSaleAgreement, as the button). An exchange reserves its
/// replacement first; one that is out of stock cannot wait for a merchant who does not answer: it goes on as a return and
/// refund.
public sealed record AutoAgreeAfterSale(Guid RequestId) : IProcess<Guid>;

internal sealed class AutoAgreeAfterSaleHandler(ISender sender, ReturnsDbContext db, IStockReservations stock, TimeProvider time)
    : IRequestHandler<AutoAgreeAfterSale, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AutoAgreeAfterSale c, CancellationToken ct)
    {
        var r = await db.AnyAsync(c.RequestId, ct);
        if (r is null) return Error.NotFound();
        if (r.Status != AfterSaleStatus.AwaitingMerchant || r.MerchantDeadlineUtc > time.GetUtcNow().UtcDateTime)
            return Error.Conflict("商家处理期限未到"); // checked again by the transition; saves reserving for nothing
        IReadOnlyList<string>? reserved = null;
        var missing = false;
        if (ExchangeStock.Needed(r))
        {
            var reservation = await ExchangeStock.ReserveAsync(stock, r, ct);
            if (reservation.IsSuccess) reserved = reservation.Value;
            else missing = true;
        }
        return await ExchangeStock.RecordAsync(sender, stock, r.Id, reserved, new RecordAfterSaleAgreement(null, c.RequestId, reserved, missing), ct);
    }
}
