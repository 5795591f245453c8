using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Issues;

public sealed record IssueOwnStock(IssueStock Request) : ICommand;

/// Takes the quantity off the owner's own unreserved stock, FEFO as reservations allocate, each part one conditional
/// UPDATE (`on_hand - q WHERE on_hand - reserved >= q`) plus a Repair movement, and the StockIssue document, all in this
/// command's transaction: a short part fails the whole issue and nothing is taken. Granted stock of other shops is never
/// used: the parts are the merchant's own. A reference already issued answers success (the same request) or a conflict.
internal sealed class IssueOwnStockHandler(InventoryDbContext db, TimeProvider time) : IRequestHandler<IssueOwnStock, Result>
{
    public async Task<Result> Handle(IssueOwnStock c, CancellationToken ct)
    {
        var r = c.Request;
        if (r.Quantity <= 0) return Error.Validation("Quantity", "数量必须大于0");
        if (string.IsNullOrWhiteSpace(r.Reference) || r.Reference.Length > 64) return Error.Validation("Reference", "请提供出库单号");
        if (await db.Issues.AsNoTracking().FirstOrDefaultAsync(i => i.Reference == r.Reference, ct) is { } done)
            return done.IsSame(r.OwnerShopId, r.SkuId, r.Quantity) ? Result.Success() : Error.Conflict("该出库单号已用于其他出库");

        var candidates = await db.Balances.AsNoTracking()
            .Where(b => b.SkuId == r.SkuId && b.OwnerShopId == r.OwnerShopId && b.OnHand > b.Reserved)
            .Select(b => new Fefo.Candidate(b.Id, b.ExpiryDate, b.FirstReceivedUtc, b.OnHand - b.Reserved)).ToListAsync(ct);
        var available = candidates.Sum(x => x.Available);
        if (available < r.Quantity) return Error.Validation("Quantity", "库存不足：可用 {0}", available);

        var now = time.GetUtcNow().UtcDateTime;
        var issue = StockIssue.Of(r.OwnerShopId, r.SkuId, r.Quantity, r.Reference, r.UserId, now);
        var plan = Fefo.Plan(candidates, r.Quantity);
        var ids = plan.Select(p => p.BalanceId).ToList();
        var balances = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        foreach (var (balanceId, take) in plan)
        {
            // Re-checked under the row lock: a reservation or another issue may have taken it since the read.
            var rows = await db.Balances.Where(b => b.Id == balanceId && b.OnHand - b.Reserved >= take)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.OnHand, b => b.OnHand - take), ct);
            if (rows == 0) return Error.Conflict("库存刚被占用，可用数量不足，请刷新后重试", "Quantity"); // the unit of work rolls back every part
            db.Movements.Add(StockMovement.Of(balances[balanceId], MovementType.Repair, -take, r.Reference, issue.Id, r.UserId, now));
        }
        db.Issues.Add(issue);
        return Result.Success();
    }
}
