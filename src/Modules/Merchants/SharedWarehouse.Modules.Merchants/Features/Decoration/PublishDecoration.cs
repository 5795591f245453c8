using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

/// Publishes the owner's draft as a new version; answers the version number buyers now see.
public sealed record PublishDecoration(Guid OwnerId) : ICommand<int>;

/// Copies one of the owner's published versions into the draft. The version is looked up inside the owner's
/// own decoration, so another shop's version id is not found.
public sealed record RestoreDecorationVersion(Guid OwnerId, Guid VersionId) : ICommand;

internal sealed class PublishDecorationHandler(MerchantsDbContext db, IShopProductsOnSale products, TimeProvider time)
    : IRequestHandler<PublishDecoration, Result<int>>, IRequestHandler<RestoreDecorationVersion, Result>
{
    public async Task<Result<int>> Handle(PublishDecoration command, CancellationToken ct)
    {
        var decoration = await db.OwnDecorationAsync(command.OwnerId, ct);
        if (decoration is null) return Error.Conflict("请先选择店铺模板");
        var draft = decoration.Draft;
        var onSale = await products.WhichAreOnSaleAsync(decoration.ShopId, draft.HotProductIds.Concat(draft.FeaturedProductIds).Distinct().ToList(), ct);
        return decoration.Publish(command.OwnerId, onSale, time.GetUtcNow().UtcDateTime);
    }

    public async Task<Result> Handle(RestoreDecorationVersion command, CancellationToken ct)
    {
        var decoration = await db.OwnDecorationAsync(command.OwnerId, ct);
        if (decoration is null) return Error.NotFound();
        return decoration.Restore(command.VersionId, time.GetUtcNow().UtcDateTime);
    }
}
