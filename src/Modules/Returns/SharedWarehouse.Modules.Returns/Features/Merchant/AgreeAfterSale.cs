using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Merchant;

/// The merchant agrees: a refund-only request is refunded at once, a return waits for the goods, an exchange first
/// reserves its replacement (not in stock = the agreement fails with the reason; the merchant may refuse instead). A
/// process (ADR 5): the reservation and the agreement are two units of work, the reservation given back if the second
/// fails (ExchangeStock).
public sealed record AgreeAfterSale(Guid UserId, Guid RequestId) : IProcess<Guid>;

internal sealed class AgreeAfterSaleHandler(ISender sender, ReturnsDbContext db, IShopAccess shops, IStockReservations stock)
    : IRequestHandler<AgreeAfterSale, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AgreeAfterSale c, CancellationToken ct)
    {
        var r = await db.OfMerchantAsync(shops, c.UserId, c.RequestId, ct);
        if (r is null) return Error.NotFound();
        IReadOnlyList<string>? reserved = null;
        if (r.Status == AfterSaleStatus.AwaitingMerchant && ExchangeStock.Needed(r))
        {
            var reservation = await ExchangeStock.ReserveAsync(stock, r, ct);
            if (reservation.IsFailure) return Result<Guid>.Failure(reservation.Errors);
            reserved = reservation.Value;
        }
        return await ExchangeStock.RecordAsync(sender, stock, r.Id, reserved, new RecordAfterSaleAgreement(c.UserId, c.RequestId, reserved), ct);
    }
}
