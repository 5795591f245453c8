using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

public sealed record ReleaseHold(WalletDocument Document) : ICommand;

internal sealed class ReleaseHoldValidator : AbstractValidator<ReleaseHold>
{
    public ReleaseHoldValidator() => RuleFor(x => x.Document).SetValidator(new DocumentValidator());
}

internal sealed class ReleaseHoldHandler(WalletDbContext db, WalletBook book) : IRequestHandler<ReleaseHold, Result>
{
    public async Task<Result> Handle(ReleaseHold c, CancellationToken ct)
    {
        var doc = c.Document;
        // The document no longer needs money, whether or not its hold ever succeeded.
        var awaiting = await db.Awaiting.FirstOrDefaultAsync(a => a.DocumentType == doc.Type && a.DocumentId == doc.Id, ct);
        if (awaiting is not null) db.Awaiting.Remove(awaiting);

        var hold = await db.Holds.AsNoTracking().FirstOrDefaultAsync(h => h.DocumentType == doc.Type && h.DocumentId == doc.Id, ct);
        if (hold is null) return awaiting is not null ? Result.Success() : Error.NotFound("找不到该单据的冻结");
        if (hold.Status == HoldStatus.Released) return Result.Success();
        if (hold.Status == HoldStatus.Settled) return Error.Conflict("该单据的冻结已结算");

        var now = db.Now();
        if (!await ClaimAsync(db, hold.Id, HoldStatus.Released, null, now, ct)) return Error.Conflict("该单据的冻结正在被处理，请重试");
        if (!await book.ReleaseAsync(hold.AccountId, hold.AmountFen, ct))
            throw new InvalidOperationException($"Wallet {hold.AccountId} holds less than hold {hold.Id}: the ledger needs checking.");
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == hold.AccountId, ct);
        var entry = LedgerEntry.Record(account, LedgerKind.HoldRelease, -hold.AmountFen, doc.Type, doc.Id, "释放冻结", null, now);
        if (entry.IsFailure) return entry;
        db.Entries.Add(entry.Value);
        return Result.Success();
    }

    /// Held → closed by one conditional UPDATE: of a release and a settle racing, only one gets the row.
    internal static async Task<bool> ClaimAsync(WalletDbContext db, Guid holdId, HoldStatus to, long? settledFen, DateTime now, CancellationToken ct) =>
        await db.Holds.Where(h => h.Id == holdId && h.Status == HoldStatus.Held)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, to).SetProperty(h => h.SettledFen, settledFen)
                .SetProperty(h => h.ClosedUtc, now), ct) == 1;
}
