using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog;

/// Categories, brands, products with SKUs, their content review, listing and bulk import/export.
public sealed class CatalogModule : IModule
{
    public string Name => "Catalog";
    public string Schema => CatalogDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Goods;
    public Type DbContextType => typeof(CatalogDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CatalogDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(CatalogModule).Assembly);
        services.TryAddSingleton<IFileStore, LocalFileStore>();
        services.AddModuleOptions<ContentRules>(configuration, ContentRules.Section);
        services.AddScoped<ICatalogSkuDirectory, CatalogSkuDirectory>();
        services.AddScoped<ISellableSkus, SellableSkus>();
        services.AddScoped<IReturnPolicies, ReturnPolicies>();
        services.AddScoped<ConsignmentSupply>();
        services.AddScoped<IConsignedSkus, ConsignedSkus>();
        services.AddScoped<Features.ShopProducts.ShopProductDirectory>();
        services.AddScoped<IShopProductsOnSale>(sp => sp.GetRequiredService<Features.ShopProducts.ShopProductDirectory>());
        services.AddScoped<IStartupTask, Seeding.CatalogSeed>();
        services.AddScoped<IStartupTask, Seeding.CatalogDemoData>();
        services.AddSingleton<Features.Queries.CatalogReferenceCache>();
        services.AddScoped<Features.Storefront.SearchIndexing>();
        services.AddScoped<IStartupTask, Features.Storefront.SearchBackfill>();
        services.AddIntegrationEventHandler<ProductsSold, Features.Storefront.CountSalesHandler, CatalogDbContext>();
        services.AddScoped<INavigationContributor, Web.CatalogNavigation>();
        services.AddScoped<IDashboardContributor, Web.CatalogDashboard>();
    }
}
