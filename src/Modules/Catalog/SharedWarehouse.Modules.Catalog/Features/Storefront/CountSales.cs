using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Data;

namespace SharedWarehouse.Modules.Catalog.Features.Storefront;

/// Units received by buyers are the product's sales (the storefront's "sales" sort). One conditional increment per
/// product, never read-modify-write, so concurrent receipts add up; the inbox makes a repeated event count once.
internal sealed class CountSalesHandler(CatalogDbContext db) : IIntegrationEventHandler<ProductsSold>
{
    public async Task Handle(ProductsSold e, CancellationToken ct)
    {
        foreach (var product in e.Lines.GroupBy(l => l.ProductId))
        {
            long units = product.Sum(l => l.Quantity);
            await db.Products.Where(p => p.Id == product.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.SalesCount, p => p.SalesCount + units), ct);
        }
    }
}
