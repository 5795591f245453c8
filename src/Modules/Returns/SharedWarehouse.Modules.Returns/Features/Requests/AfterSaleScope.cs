using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Requests;

/// Requests are loaded by (id AND the party's own key): another buyer's or another shop's request is not found.
internal static class AfterSaleScope
{
    public static Task<AfterSaleRequest?> OfBuyerAsync(this ReturnsDbContext db, Guid buyerId, Guid id, CancellationToken ct) =>
        db.Requests.Include(r => r.Lines).Include(r => r.Steps).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id && r.BuyerId == buyerId, ct);

    /// The shop that sold the goods answers the request (agree, refuse, offer).
    public static async Task<AfterSaleRequest?> OfMerchantAsync(this ReturnsDbContext db, IShopAccess shops, Guid userId, Guid id,
        CancellationToken ct) =>
        await shops.ActingAsync(userId, ct) is { } shop
            ? await db.Requests.Include(r => r.Lines).Include(r => r.Steps).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id && r.ShopId == shop.ShopId, ct)
            : null;

    /// The shop that receives the goods back (the supplier of a consignment sale, else the seller): only it inspects them.
    public static async Task<AfterSaleRequest?> OfReceiverAsync(this ReturnsDbContext db, IShopAccess shops, Guid userId, Guid id,
        CancellationToken ct) =>
        await shops.ActingAsync(userId, ct) is { } shop
            ? await db.Requests.Include(r => r.Lines).Include(r => r.Steps).AsSplitQuery()
                .FirstOrDefaultAsync(r => r.Id == id && (r.SupplierShopId == shop.ShopId || r.SupplierShopId == null && r.ShopId == shop.ShopId), ct)
            : null;

    public static Task<AfterSaleRequest?> AnyAsync(this ReturnsDbContext db, Guid id, CancellationToken ct) =>
        db.Requests.Include(r => r.Lines).Include(r => r.Steps).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// Runs one transition and what follows it (AfterSaleOutcome); not found when the request was not in scope.
    /// reserved: for the transitions that may agree to an exchange, the replacement reserved before (see ExchangeStock).
    public static async Task<Result> ChangeAsync(this ReturnsDbContext db, IMerchantDirectory merchants, AfterSaleRequest? r,
        Func<AfterSaleRequest, Result> transition, CancellationToken ct, IReadOnlyList<string>? reserved = null)
    {
        if (r is null) return Error.NotFound();
        var wasOpen = r.IsOpen;
        var changed = transition(r);
        return changed.IsFailure ? changed : await AfterSaleOutcome.ApplyAsync(db, merchants, r, wasOpen, reserved, ct);
    }

    /// A transition with evidence: the photos are written only once the transition has passed, and attached to its step.
    public static async Task<Result> ChangeAsync(this ReturnsDbContext db, IMerchantDirectory merchants, AfterSaleRequest? r,
        Func<AfterSaleRequest, Result> transition, IFileStore files, IReadOnlyList<UploadedImage>? images, CancellationToken ct)
    {
        var changed = await db.ChangeAsync(merchants, r, transition, ct);
        return changed.IsFailure ? changed : r!.AttachPhotos(await SharedWarehouse.BuildingBlocks.Uploads.Photos.StoreAsync(files, PhotoFolder, images, ct));
    }

    public const string PhotoFolder = "after-sales";
}
