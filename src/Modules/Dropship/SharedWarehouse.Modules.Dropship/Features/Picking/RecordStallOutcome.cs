using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public sealed record StallOutcome(ReturnStatus Status, DropshipMode Mode, Guid ShopId, string OrderNumber, long AmountFen, bool Credited);

public sealed record RecordStallOutcome(RecordStallReturn Request) : ICommand<StallOutcome>;

internal sealed class RecordStallOutcomeHandler(DropshipDbContext db) : IRequestHandler<RecordStallOutcome, Result<StallOutcome>>
{
    public async Task<Result<StallOutcome>> Handle(RecordStallOutcome command, CancellationToken ct)
    {
        var c = command.Request;
        var picker = await db.Pickers.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == c.UserId && p.Active, ct);
        if (picker is null) return Error.NotFound();
        var item = await db.Returns.FirstOrDefaultAsync(r => r.Id == c.ReturnId && r.TeamShopId == picker.TeamShopId, ct);
        if (item is null) return Error.NotFound();
        var now = db.Now();
        var done = c.Refunded
            ? c.AmountFen is { } fen ? item.StallRefunded(picker.Name, fen, now) : Error.Validation("Amount", "请填写档口退回的金额")
            : item.StallRefusedIt(picker.Name, c.Note, now);
        if (done.IsFailure) return Result<StallOutcome>.Failure(done.Errors);
        return new StallOutcome(item.Status, item.Mode, item.ShopId, item.OrderNumber, item.StallRefundFen ?? 0, item.CreditedFen is not null);
    }
}
