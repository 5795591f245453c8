using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Merchant;

/// The shop that receives the goods back (the supplier of a consignment sale, else the seller) inspected them: accepted →
/// refunded (or the exchange sent) and back into stock; refused (damaged, not what was sent) with a note → the buyer may
/// ask the platform.
public sealed record ReceiveReturnedGoods(Guid UserId, Guid RequestId, bool Accept, string? Note, IReadOnlyList<UploadedImage>? Images = null)
    : ICommand, IWithEvidence;

internal sealed class ReceiveReturnedGoodsValidator : EvidenceValidator<ReceiveReturnedGoods>;

internal sealed class ReceiveReturnedGoodsHandler(ReturnsDbContext db, IMerchantDirectory merchants, IShopAccess shops, IFileStore files, TimeProvider time)
    : IRequestHandler<ReceiveReturnedGoods, Result>
{
    public async Task<Result> Handle(ReceiveReturnedGoods c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfReceiverAsync(shops, c.UserId, c.RequestId, ct),
            r => r.ReceiveGoods(c.UserId, c.Accept, c.Note, time.GetUtcNow().UtcDateTime), files, c.Images, ct);
}
