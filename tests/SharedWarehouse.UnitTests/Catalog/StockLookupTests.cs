using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Catalog.Data;

namespace SharedWarehouse.UnitTests.Catalog;

public sealed class StockLookupTests
{
    [Fact]
    public async Task Without_an_inventory_service_nothing_has_stock()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        var available = await new InventoryStockLookup(services).AvailableAsync([Guid.NewGuid()], CancellationToken.None);

        available.ShouldBeEmpty();
    }
}
