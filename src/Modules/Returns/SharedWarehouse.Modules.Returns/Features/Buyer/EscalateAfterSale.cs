using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Buyer;

/// The buyer disagrees with a refusal or a counter-offer and asks the platform to step in (平台介入), once.
public sealed record EscalateAfterSale(Guid BuyerId, Guid RequestId, string? Note, IReadOnlyList<UploadedImage>? Images = null) : ICommand, IWithEvidence;

internal sealed class EscalateAfterSaleValidator : EvidenceValidator<EscalateAfterSale>;

internal sealed class EscalateAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, IFileStore files, TimeProvider time) : IRequestHandler<EscalateAfterSale, Result>
{
    public async Task<Result> Handle(EscalateAfterSale c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RequestId, ct), r => r.Escalate(c.BuyerId, c.Note, time.GetUtcNow().UtcDateTime), files, c.Images, ct);
}
