using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Dropship.Data;

namespace SharedWarehouse.Migrations.DesignTime;

/// SW_DESIGN_PROVIDER picks the provider (and so the migrations assembly) for `dotnet ef`; the
/// connection strings are placeholders because adding a migration never connects.
internal static class DesignTimeOptions
{
    public static DbContextOptions<T> For<T>(string schema) where T : DbContext
    {
        var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("SW_DESIGN_PROVIDER") ?? "Sqlite", ignoreCase: true);
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=design.db" : "Host=localhost;Database=design";
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).BuildServiceProvider();
        return new DbContextOptionsBuilder<T>().UseApplicationServiceProvider(services)
            .UseModuleDatabase(provider, connection, schema).Options as DbContextOptions<T>
            ?? throw new InvalidOperationException();
    }
}

internal sealed class AccountsFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<AccountsDbContext>(AccountsDbContext.SchemaName));
}

internal sealed class MerchantsFactory : IDesignTimeDbContextFactory<MerchantsDbContext>
{
    public MerchantsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<MerchantsDbContext>(MerchantsDbContext.SchemaName));
}

internal sealed class NotificationsFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<NotificationsDbContext>(NotificationsDbContext.SchemaName));
}

internal sealed class PlatformFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<PlatformDbContext>(PlatformDbContext.SchemaName));
}

internal sealed class CatalogFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<CatalogDbContext>(CatalogDbContext.SchemaName));
}

internal sealed class InventoryFactory : IDesignTimeDbContextFactory<InventoryDbContext>
{
    public InventoryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<InventoryDbContext>(InventoryDbContext.SchemaName));
}

internal sealed class PaymentsFactory : IDesignTimeDbContextFactory<PaymentsDbContext>
{
    public PaymentsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<PaymentsDbContext>(PaymentsDbContext.SchemaName));
}

internal sealed class OrderingFactory : IDesignTimeDbContextFactory<OrderingDbContext>
{
    public OrderingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<OrderingDbContext>(OrderingDbContext.SchemaName));
}

internal sealed class PrintingFactory : IDesignTimeDbContextFactory<PrintingDbContext>
{
    public PrintingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<PrintingDbContext>(PrintingDbContext.SchemaName));
}

internal sealed class WalletFactory : IDesignTimeDbContextFactory<WalletDbContext>
{
    public WalletDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<WalletDbContext>(WalletDbContext.SchemaName));
}

internal sealed class DropshipFactory : IDesignTimeDbContextFactory<DropshipDbContext>
{
    public DropshipDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<DropshipDbContext>(DropshipDbContext.SchemaName));
}

internal sealed class MarketsFactory : IDesignTimeDbContextFactory<MarketsDbContext>
{
    public MarketsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<MarketsDbContext>(MarketsDbContext.SchemaName));
}

internal sealed class CourierFactory : IDesignTimeDbContextFactory<CourierDbContext>
{
    public CourierDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<CourierDbContext>(CourierDbContext.SchemaName));
}
