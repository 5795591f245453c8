using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "catalog";

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Brand> Brands => Set<Brand>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Sku> Skus => Set<Sku>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<SearchTerm> SearchTerms => Set<SearchTerm>();
    public DbSet<ConsignmentOffer> ConsignmentOffers => Set<ConsignmentOffer>();
    public DbSet<ConsignmentSkuTerms> ConsignmentSkuTerms => Set<ConsignmentSkuTerms>();
    public DbSet<ResellerTier> ResellerTiers => Set<ResellerTier>();

    /// A product with everything its aggregate owns, for commands.
    public IQueryable<Product> FullProducts => Products.Include(p => p.Skus).Include(p => p.Images).Include(p => p.Findings).Include(p => p.History).AsSplitQuery();
}
