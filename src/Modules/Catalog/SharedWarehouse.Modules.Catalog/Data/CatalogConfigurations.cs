using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Data;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> e)
    {
        e.ToTable("categories");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(Category.MaxNameLength);
        // Sibling names are unique; the seed relies on it to run once.
        e.HasIndex(x => new { x.ParentId, x.Name }).IsUnique();
        e.HasMany(x => x.Attributes).WithOne().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Attributes).HasField("_attributes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AttributeDefinitionConfiguration : IEntityTypeConfiguration<AttributeDefinition>
{
    public void Configure(EntityTypeBuilder<AttributeDefinition> e)
    {
        e.ToTable("attribute_definitions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(20);
        e.Property(x => x.Unit).HasMaxLength(10);
        e.HasIndex(x => new { x.CategoryId, x.Name }).IsUnique();
    }
}

internal sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> e)
    {
        e.ToTable("brands");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(40);
        e.Property(x => x.NormalizedName).HasMaxLength(40);
        e.HasIndex(x => x.NormalizedName).IsUnique();
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> e)
    {
        e.ToTable("products");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.ShopId, x.Status });
        e.HasIndex(x => new { x.Status, x.SubmittedUtc });
        e.Property(x => x.Name).HasMaxLength(60);
        e.Property(x => x.ApprovedName).HasMaxLength(60);
        e.Property(x => x.Description).HasMaxLength(20000);
        e.Property(x => x.Tags).HasMaxLength(200);
        e.Property(x => x.AttributesJson).HasMaxLength(Product.MaxAttributesLength);
        e.Property(x => x.RejectionReason).HasMaxLength(Product.MaxReasonLength);
        e.Property(x => x.ForceDelistReason).HasMaxLength(Product.MaxReasonLength);
        e.Property(x => x.SearchText).HasMaxLength(Product.MaxSearchTextLength);
        e.Property(x => x.ShopRegionCode).HasMaxLength(12);
        e.Property(x => x.ShopName).HasMaxLength(100);
        // The storefront pages through what is on sale in one of these orders (SearchProducts); partial indexes keep
        // the delisted and the never-approved out, so walking one in order finds a page without sorting.
        const string onSale = "\"IsListed\" AND \"ForceDelistReason\" IS NULL";
        e.HasIndex(x => new { x.CreatedUtc, x.Id }).HasDatabaseName("ix_products_on_sale_newest").HasFilter(onSale);
        e.HasIndex(x => new { x.ListPriceFen, x.CreatedUtc, x.Id }).HasDatabaseName("ix_products_on_sale_price").HasFilter(onSale);
        e.HasIndex(x => new { x.SalesCount, x.CreatedUtc, x.Id }).HasDatabaseName("ix_products_on_sale_sales").HasFilter(onSale);
        e.HasIndex(x => new { x.ListedCategoryId, x.CreatedUtc }).HasDatabaseName("ix_products_on_sale_category").HasFilter(onSale);
        // A reseller lists a supplier's product once (NULLs, the shop's own products, are distinct).
        e.HasIndex(x => new { x.ShopId, x.ConsignedFromProductId }).IsUnique();
        e.HasIndex(x => x.ConsignedFromProductId);
        e.Ignore(x => x.IsConsignment);
        e.Ignore(x => x.HasApprovedVersion);
        e.Ignore(x => x.Attributes);
        e.Ignore(x => x.ApprovedContent);
        e.Ignore(x => x.DraftContent);
        e.HasMany(x => x.Skus).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Skus).HasField("_skus").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Images).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Images).HasField("_images").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Findings).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Findings).HasField("_findings").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.History).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> e)
    {
        e.ToTable("skus");
        e.HasKey(x => x.Id);
        // The code is unique per shop: the index is the last line against two products racing for one code.
        e.HasIndex(x => new { x.ShopId, x.Code }).IsUnique();
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Barcode).HasMaxLength(20);
        e.Property(x => x.SpecText).HasMaxLength(100);
        e.Property(x => x.TiersText).HasMaxLength(200);
        e.Ignore(x => x.Tiers);
        e.HasIndex(x => x.SourceSkuId);
    }
}

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> e)
    {
        e.ToTable("product_images");
        e.HasKey(x => x.Id);
        e.Property(x => x.StoredName).HasMaxLength(200);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.Format).HasMaxLength(10);
        e.HasIndex(x => x.Sha256);
    }
}

internal sealed class ReviewFindingConfiguration : IEntityTypeConfiguration<ReviewFinding>
{
    public void Configure(EntityTypeBuilder<ReviewFinding> e)
    {
        e.ToTable("review_findings");
        e.HasKey(x => x.Id);
        e.Property(x => x.Field).HasMaxLength(40);
        e.Property(x => x.Term).HasMaxLength(40);
        e.Property(x => x.Message).HasMaxLength(100);
    }
}

internal sealed class ReviewEntryConfiguration : IEntityTypeConfiguration<ReviewEntry>
{
    public void Configure(EntityTypeBuilder<ReviewEntry> e)
    {
        e.ToTable("review_history");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reason).HasMaxLength(Product.MaxReasonLength);
        e.HasIndex(x => new { x.ProductId, x.AtUtc });
    }
}

internal sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> e)
    {
        e.ToTable("search_terms");
        // Term first: a search reads the products of one term; ProductId second makes each entry unique and lets the
        // second index replace a product's terms.
        e.HasKey(x => new { x.Term, x.ProductId });
        e.Property(x => x.Term).HasMaxLength(SearchTerm.Length);
        e.HasIndex(x => x.ProductId);
        e.HasIndex(x => new { x.Term, x.InName, x.CreatedUtc, x.ProductId }).HasDatabaseName("ix_search_terms_relevance");
        e.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsignmentOfferConfiguration : IEntityTypeConfiguration<ConsignmentOffer>
{
    public void Configure(EntityTypeBuilder<ConsignmentOffer> e)
    {
        e.ToTable("consignment_offers");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.ProductId).IsUnique();
        e.HasIndex(x => new { x.IsOpen, x.SupplierShopId });
        e.HasMany(x => x.Skus).WithOne().HasForeignKey(s => s.OfferId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Skus).HasField("_skus").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsignmentSkuTermsConfiguration : IEntityTypeConfiguration<ConsignmentSkuTerms>
{
    public void Configure(EntityTypeBuilder<ConsignmentSkuTerms> e)
    {
        e.ToTable("consignment_sku_terms");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.SkuId).IsUnique();
        e.Property(x => x.PricesText).HasMaxLength(300);
        e.Ignore(x => x.Prices);
    }
}

internal sealed class ResellerTierConfiguration : IEntityTypeConfiguration<ResellerTier>
{
    public void Configure(EntityTypeBuilder<ResellerTier> e)
    {
        e.ToTable("reseller_tiers");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.SupplierShopId, x.ResellerShopId }).IsUnique();
    }
}
