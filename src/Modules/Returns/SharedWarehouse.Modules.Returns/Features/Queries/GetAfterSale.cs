using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;

namespace SharedWarehouse.Modules.Returns.Features.Queries;

/// Whose view of a request: the buyer's own, the merchant's shop's, or the platform's (any).
public enum AfterSaleViewer { Buyer, Merchant, Platform }

/// One request with its lines and the whole negotiation history, read-only; null when it is not the viewer's.
public sealed record GetAfterSale(AfterSaleViewer Viewer, Guid UserId, Guid RequestId) : IQuery<AfterSaleRequest?>;

internal sealed class GetAfterSaleHandler(ReturnsDbContext db, IShopAccess shops) : IRequestHandler<GetAfterSale, AfterSaleRequest?>
{
    public async Task<AfterSaleRequest?> Handle(GetAfterSale q, CancellationToken ct)
    {
        var requests = db.Requests.AsNoTracking().Include(r => r.Lines).Include(r => r.Steps.OrderBy(s => s.Sequence)).Include(r => r.Photos).AsSplitQuery();
        switch (q.Viewer)
        {
            case AfterSaleViewer.Buyer:
                return await requests.FirstOrDefaultAsync(r => r.Id == q.RequestId && r.BuyerId == q.UserId, ct);
            case AfterSaleViewer.Merchant:
                var shop = await shops.ActingAsync(q.UserId, ct);
                return shop is null ? null : await requests.OfShop(shop.ShopId).FirstOrDefaultAsync(r => r.Id == q.RequestId, ct);
            default:
                return await requests.FirstOrDefaultAsync(r => r.Id == q.RequestId, ct);
        }
    }
}
