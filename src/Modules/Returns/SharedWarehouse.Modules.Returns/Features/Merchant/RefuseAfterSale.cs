using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Merchant;

/// The merchant refuses with a reason the buyer sees (the buyer may then ask the platform to step in).
public sealed record RefuseAfterSale(Guid UserId, Guid RequestId, string? Note, IReadOnlyList<UploadedImage>? Images = null) : ICommand, IWithEvidence;

internal sealed class RefuseAfterSaleValidator : EvidenceValidator<RefuseAfterSale>;

internal sealed class RefuseAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, IShopAccess shops, IFileStore files, TimeProvider time) : IRequestHandler<RefuseAfterSale, Result>
{
    public async Task<Result> Handle(RefuseAfterSale c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.RequestId, ct), r => r.Refuse(c.UserId, c.Note, time.GetUtcNow().UtcDateTime), files, c.Images, ct);
}
