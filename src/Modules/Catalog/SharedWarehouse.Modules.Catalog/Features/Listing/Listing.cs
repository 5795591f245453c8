using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Listing;

/// The merchant puts an approved product on sale (its approved version) or takes it off.
public sealed record ListProduct(Guid OwnerId, Guid ProductId) : ICommand;

public sealed record DelistProduct(Guid OwnerId, Guid ProductId) : ICommand;

internal sealed class ListingHandler(CatalogDbContext db, IShopAccess shops, TimeProvider time)
    : IRequestHandler<ListProduct, Result>, IRequestHandler<DelistProduct, Result>
{
    public async Task<Result> Handle(ListProduct command, CancellationToken ct) =>
        await LoadAsync(command.OwnerId, command.ProductId, ct) is { } p ? p.List(time.GetUtcNow().UtcDateTime) : Error.NotFound();

    public async Task<Result> Handle(DelistProduct command, CancellationToken ct) =>
        await LoadAsync(command.OwnerId, command.ProductId, ct) is { } p ? p.Delist(time.GetUtcNow().UtcDateTime) : Error.NotFound();

    private async Task<Domain.Product?> LoadAsync(Guid ownerId, Guid productId, CancellationToken ct) =>
        await shops.ActingShopIdAsync(ownerId, ct) is { } shopId
            ? await db.Products.FirstOrDefaultAsync(p => p.Id == productId && p.ShopId == shopId, ct)
            : null;
}
