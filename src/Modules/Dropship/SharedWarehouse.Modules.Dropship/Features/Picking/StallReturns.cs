using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

/// The picker took a returned item back to its stall: the stall refunded an amount (platform dropship: credited to
/// the merchant's wallet, once per return) or refused (the reason goes to the merchant). A retried tap has one effect.
public sealed record RecordStallReturn(Guid UserId, Guid ReturnId, bool Refunded, long? AmountFen, string? Note) : IProcess<ReturnStatus>;

internal sealed class RecordStallReturnHandler(ISender sender, IWallet wallet) : IRequestHandler<RecordStallReturn, Result<ReturnStatus>>
{
    public async Task<Result<ReturnStatus>> Handle(RecordStallReturn c, CancellationToken ct)
    {
        var recorded = await sender.Send(new RecordStallOutcome(c), ct);
        if (recorded.IsFailure) return Result<ReturnStatus>.Failure(recorded.Errors);
        var r = recorded.Value;
        if (r.Status != ReturnStatus.StallRefunded || r.Mode != DropshipMode.Platform || r.Credited) return r.Status;
        var credited = await wallet.CreditAsync(r.ShopId, r.AmountFen, new WalletDocument(DropshipDocuments.StallRefund, c.ReturnId.ToString("N")),
            $"档口退货退款 {r.OrderNumber}", ct);
        if (credited.IsFailure) return Result<ReturnStatus>.Failure(credited.Errors);
        await sender.Send(new MarkReturnCredited(c.ReturnId, r.AmountFen), ct);
        return r.Status;
    }
}

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

public sealed record MarkReturnCredited(Guid ReturnId, long AmountFen) : ICommand;

internal sealed class MarkReturnCreditedHandler(DropshipDbContext db) : IRequestHandler<MarkReturnCredited, Result>
{
    public async Task<Result> Handle(MarkReturnCredited c, CancellationToken ct)
    {
        var item = await db.Returns.FirstOrDefaultAsync(r => r.Id == c.ReturnId, ct);
        if (item is null) return Error.NotFound();
        item.Credited(c.AmountFen);
        return Result.Success();
    }
}
