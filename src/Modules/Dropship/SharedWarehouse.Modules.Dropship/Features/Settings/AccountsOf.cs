using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

internal static class AccountsOf
{
    public static async Task<DropshipAccount> GetOrOpenAsync(DropshipDbContext db, Guid shopId, CancellationToken ct)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.ShopId == shopId, ct);
        if (account is not null) return account;
        account = DropshipAccount.Open(shopId);
        db.Accounts.Add(account);
        return account;
    }
}
