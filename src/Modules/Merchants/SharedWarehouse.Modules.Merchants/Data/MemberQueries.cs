using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Data;

internal static class MemberQueries
{
    /// A person's memberships, the one they act for first: the current one, else (removed from the shop they
    /// acted for) a shop they still belong to — their own first, then the one they joined earliest. One rule for
    /// IShopAccess and for Merchants' own pages.
    public static IQueryable<ShopMember> ActingFirst(this IQueryable<ShopMember> members, Guid userId) =>
        members.Where(m => m.UserId == userId).OrderByDescending(m => m.IsCurrent).ThenByDescending(m => m.IsOwner).ThenBy(m => m.JoinedUtc);

    /// The id of the shop the person acts for, or null when they belong to none.
    public static Task<Guid?> ActingShopIdAsync(this MerchantsDbContext db, Guid userId, CancellationToken ct) =>
        db.Members.AsNoTracking().ActingFirst(userId).Select(m => (Guid?)m.ShopId).FirstOrDefaultAsync(ct);
}
