using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Platform;

/// Platform customer service decides an escalated request, finally: for the buyer with an amount (yuan; none for an
/// exchange that is to go ahead, whose replacement is reserved first if the merchant never agreed) or for the merchant.
public sealed record DecideAfterSale(Guid AdminId, Guid RequestId, bool ForBuyer, string? Amount, string? Note) : IProcess<Guid>;

internal sealed class DecideAfterSaleHandler(ISender sender, ReturnsDbContext db, IStockReservations stock) : IRequestHandler<DecideAfterSale, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(DecideAfterSale c, CancellationToken ct)
    {
        var r = await db.AnyAsync(c.RequestId, ct);
        if (r is null) return Error.NotFound();
        long fen = 0;
        // An exchange decided for the buyer with no amount stays an exchange; with an amount it becomes a refund.
        var keepExchange = r.Kind == AfterSaleKind.Exchange && string.IsNullOrWhiteSpace(c.Amount);
        if (c.ForBuyer && !keepExchange && !Money.TryParseYuan(c.Amount, out fen)) return Error.Validation("Amount", "请输入正确的金额，最多两位小数");
        IReadOnlyList<string>? reserved = null;
        if (c.ForBuyer && keepExchange && r.Status == AfterSaleStatus.Escalated && ExchangeStock.Needed(r))
        {
            var reservation = await ExchangeStock.ReserveAsync(stock, r, ct);
            if (reservation.IsFailure) return Result<Guid>.Failure(reservation.Errors);
            reserved = reservation.Value;
        }
        return await ExchangeStock.RecordAsync(sender, stock, r.Id, reserved,
            new RecordAfterSaleDecision(c.AdminId, c.RequestId, c.ForBuyer, fen, c.Note, reserved), ct);
    }
}
