using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Data;

internal sealed class AccountDirectory(AccountsDbContext db) : IAccountDirectory
{
    public async Task<IReadOnlyDictionary<Guid, AccountSummary>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.PhoneNumber, u.DisplayName, u.RegionCode }).ToListAsync(ct);
        return users.ToDictionary(u => u.Id, u => new AccountSummary(u.Id, MainlandMobile.Mask(u.PhoneNumber), u.DisplayName, u.RegionCode));
    }

    public async Task<Guid?> FindIdByPhoneAsync(string phone, CancellationToken ct)
    {
        var normalized = MainlandMobile.Normalize(phone);
        var id = await db.Users.Where(u => u.UserName == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
        return id == Guid.Empty ? null : id;
    }

    public Task<string?> FindPhoneAsync(Guid userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct);
}
