using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

/// The shop a presented API key belongs to, or null (unknown, malformed or replaced key).
public sealed record AuthenticateDropshipKey(string? Key) : IQuery<Guid?>;

internal sealed class AuthenticateDropshipKeyHandler(DropshipDbContext db) : IRequestHandler<AuthenticateDropshipKey, Guid?>
{
    public async Task<Guid?> Handle(AuthenticateDropshipKey q, CancellationToken ct)
    {
        var prefix = DropshipAccount.PrefixOf(q.Key);
        if (prefix is null) return null;
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ApiKeyPrefix == prefix, ct);
        return account is not null && account.Accepts(q.Key!) ? account.ShopId : null;
    }
}
