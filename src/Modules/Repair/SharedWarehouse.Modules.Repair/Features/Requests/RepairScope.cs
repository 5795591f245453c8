using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Requests;

/// Repairs are loaded by (id AND the party's own key): another buyer's or another shop's repair is not found.
internal static class RepairScope
{
    private static IQueryable<RepairRequest> Whole(this RepairDbContext db) =>
        db.Repairs.Include(r => r.Steps).Include(r => r.Parts).AsSplitQuery();

    public static Task<RepairRequest?> OfBuyerAsync(this RepairDbContext db, Guid buyerId, Guid id, CancellationToken ct) =>
        db.Whole().FirstOrDefaultAsync(r => r.Id == id && r.BuyerId == buyerId, ct);

    public static async Task<RepairRequest?> OfMerchantAsync(this RepairDbContext db, IShopAccess shops, Guid userId, Guid id,
        CancellationToken ct) =>
        await shops.ActingAsync(userId, ct) is { } shop
            ? await db.Whole().FirstOrDefaultAsync(r => r.Id == id && r.ShopId == shop.ShopId, ct)
            : null;

    public static Task<RepairRequest?> AnyAsync(this RepairDbContext db, Guid id, CancellationToken ct) =>
        db.Whole().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// Runs one transition and tells the other party; not found when the repair was not in scope.
    public static async Task<Result> ChangeAsync(this RepairDbContext db, IMerchantDirectory merchants, RepairRequest? r,
        Func<RepairRequest, Result> transition, CancellationToken ct)
    {
        if (r is null) return Error.NotFound();
        var changed = transition(r);
        if (changed.IsFailure) return changed;
        await RepairNotices.ChangedAsync(db, merchants, r, ct);
        return Result.Success();
    }

    public const string PhotoFolder = "repairs";
}
