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

internal sealed class RecordStallReturnHandler(ISender sender) : IRequestHandler<RecordStallReturn, Result<ReturnStatus>>
{
    public async Task<Result<ReturnStatus>> Handle(RecordStallReturn c, CancellationToken ct)
    {
        var recorded = await sender.Send(new RecordStallOutcome(c), ct);
        if (recorded.IsFailure) return Result<ReturnStatus>.Failure(recorded.Errors);
        var credited = await sender.Send(new CreditStallRefund(c.ReturnId), ct); // the sweep finishes it after a crash
        return credited.IsFailure ? Result<ReturnStatus>.Failure(credited.Errors) : recorded.Value.Status;
    }
}

/// Platform dropship: the stall's refund is credited to the merchant's wallet, once (wallet document per return).
public sealed record CreditStallRefund(Guid ReturnId) : IProcess<bool>;

internal sealed class CreditStallRefundHandler(ISender sender, DropshipDbContext db, IWallet wallet) : IRequestHandler<CreditStallRefund, Result<bool>>
{
    public async Task<Result<bool>> Handle(CreditStallRefund c, CancellationToken ct)
    {
        var r = await db.Returns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.ReturnId, ct);
        if (r is null) return Error.NotFound();
        if (r.Status != ReturnStatus.StallRefunded || r.Mode != DropshipMode.Platform || r.CreditedFen is not null) return false;
        var amount = r.StallRefundFen!.Value;
        var credited = await wallet.CreditAsync(r.ShopId, amount, new WalletDocument(DropshipDocuments.StallRefund, r.Id.ToString("N")),
            $"档口退货退款 {r.OrderNumber}", ct);
        if (credited.IsFailure) return Result<bool>.Failure(credited.Errors);
        var marked = await sender.Send(new MarkReturnCredited(r.Id, amount), ct);
        return marked.IsFailure ? Result<bool>.Failure(marked.Errors) : true;
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
