using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Wallet.Features;

public sealed record EntryRow(Guid Id, LedgerKind Kind, long AmountFen, string DocumentType, string DocumentId, string Reason, DateTime CreatedUtc);

public sealed record AwaitingRow(string DocumentType, string DocumentId, long AmountFen, string Reason, DateTime SinceUtc);

public sealed record RechargeRow(string Number, long AmountFen, RechargeStatus Status, DateTime CreatedUtc);

public sealed record LedgerFilter(LedgerKind? Kind, DateOnly? From, DateOnly? To, int PageNumber = 1, int PageSize = 20);

public sealed record WalletView(long BalanceFen, long HeldFen, PagedResult<EntryRow> Entries,
    IReadOnlyList<AwaitingRow> Awaiting, IReadOnlyList<RechargeRow> Recharges)
{
    public long AvailableFen => BalanceFen - HeldFen;
}

/// The signed-in merchant's wallet; null when the user owns no shop. Everything is read by the user's own shop.
public sealed record GetMyWallet(Guid UserId, LedgerFilter Filter) : IQuery<WalletView?>;

/// One ledger entry, found by (id AND the user's shop): another shop's id reads as not found.
public sealed record GetMyEntry(Guid UserId, Guid EntryId) : IQuery<EntryRow?>;

/// The admin console's view of one shop's wallet.
public sealed record GetShopWallet(Guid ShopId, LedgerFilter Filter) : IQuery<WalletView>;

internal sealed class WalletQueryHandlers(WalletDbContext db, IShopAccess shops)
    : IRequestHandler<GetMyWallet, WalletView?>, IRequestHandler<GetMyEntry, EntryRow?>, IRequestHandler<GetShopWallet, WalletView>
{
    public async Task<WalletView?> Handle(GetMyWallet q, CancellationToken ct)
    {
        var shop = await shops.ActingAsync(q.UserId, ct);
        return shop is null ? null : await ViewAsync(shop.ShopId, q.Filter, ct);
    }

    public async Task<EntryRow?> Handle(GetMyEntry q, CancellationToken ct)
    {
        var shop = await shops.ActingAsync(q.UserId, ct);
        if (shop is null) return null;
        return await db.Entries.AsNoTracking().Where(e => e.Id == q.EntryId && e.ShopId == shop.ShopId)
            .Select(e => new EntryRow(e.Id, e.Kind, e.AmountFen, e.DocumentType, e.DocumentId, e.Reason, e.CreatedUtc)).FirstOrDefaultAsync(ct);
    }

    public Task<WalletView> Handle(GetShopWallet q, CancellationToken ct) => ViewAsync(q.ShopId, q.Filter, ct);

    private async Task<WalletView> ViewAsync(Guid shopId, LedgerFilter f, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ShopId == shopId, ct);
        var entries = db.Entries.AsNoTracking().Where(e => e.ShopId == shopId);
        if (f.Kind is { } kind) entries = entries.Where(e => e.Kind == kind);
        if (f.From is { } from) { var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); entries = entries.Where(e => e.CreatedUtc >= start); }
        if (f.To is { } to) { var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); entries = entries.Where(e => e.CreatedUtc < end); }
        var rows = await entries.OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Select(e => new EntryRow(e.Id, e.Kind, e.AmountFen, e.DocumentType, e.DocumentId, e.Reason, e.CreatedUtc))
            .ToPagedResultAsync(f.PageNumber, f.PageSize, ct);
        var awaiting = await db.Awaiting.AsNoTracking().Where(a => a.ShopId == shopId).OrderBy(a => a.SinceUtc).Take(50)
            .Select(a => new AwaitingRow(a.DocumentType, a.DocumentId, a.AmountFen, a.Reason, a.SinceUtc)).ToListAsync(ct);
        var recharges = await db.Recharges.AsNoTracking().Where(r => r.ShopId == shopId).OrderByDescending(r => r.CreatedUtc).Take(5)
            .Select(r => new RechargeRow(r.Number, r.AmountFen, r.Status, r.CreatedUtc)).ToListAsync(ct);
        return new WalletView(account?.BalanceFen ?? 0, account?.HeldFen ?? 0, rows, awaiting, recharges);
    }
}

public sealed record AccountRow(Guid ShopId, string ShopName, long BalanceFen, long HeldFen, DateTime CreatedUtc);

public sealed record AccountsPage(PagedResult<AccountRow> Page, long BalanceFen, long HeldFen);

/// Every wallet for the admin console, largest balance first, with the shops' names from Merchants.
public sealed record ListWallets(int PageNumber = 1, int PageSize = 50) : IQuery<AccountsPage>;

internal sealed class ListWalletsHandler(WalletDbContext db, IMerchantDirectory merchants) : IRequestHandler<ListWallets, AccountsPage>
{
    public async Task<AccountsPage> Handle(ListWallets q, CancellationToken ct)
    {
        var accounts = db.Accounts.AsNoTracking();
        var totals = await accounts.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Balance = g.Sum(a => a.BalanceFen), Held = g.Sum(a => a.HeldFen) })
            .FirstOrDefaultAsync(ct);
        var total = totals?.Count ?? 0;
        // The count comes with the totals above, so the page is cut here rather than by ToPagedResultAsync (a second count).
        var size = PageMath.Size(q.PageSize);
        var page = PageMath.Clamp(q.PageNumber, total, size);
        var rows = await accounts.OrderByDescending(a => a.BalanceFen).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var shops = await merchants.FindShopsAsync(rows.Select(r => r.ShopId).ToList(), ct);
        var items = rows.Select(a => new AccountRow(a.ShopId, shops.TryGetValue(a.ShopId, out var s) ? s.Name : a.ShopId.ToString(),
            a.BalanceFen, a.HeldFen, a.CreatedUtc)).ToList();
        return new AccountsPage(new PagedResult<AccountRow>(items, page, size, total), totals?.Balance ?? 0, totals?.Held ?? 0);
    }
}
