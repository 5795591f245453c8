using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Data;

internal sealed class MerchantApplicationConfiguration : IEntityTypeConfiguration<MerchantApplication>
{
    public void Configure(EntityTypeBuilder<MerchantApplication> e)
    {
        e.ToTable("applications");
        e.HasKey(x => x.Id);
        // One application per person; the unique indexes are also the last line against a double submit
        // and two applicants racing for one shop name.
        e.HasIndex(x => x.ApplicantId).IsUnique();
        e.HasIndex(x => x.NormalizedShopName).IsUnique();
        e.HasIndex(x => new { x.Status, x.RegionCode });
        e.Property(x => x.ShopName).HasMaxLength(40);
        e.Property(x => x.NormalizedShopName).HasMaxLength(40);
        e.Property(x => x.BusinessScope).HasMaxLength(500);
        e.Property(x => x.RegionCode).HasMaxLength(6);
        e.Property(x => x.LegalPersonName).HasMaxLength(30);
        e.Property(x => x.IdNumber).HasMaxLength(18);
        e.Property(x => x.LicenseImage).HasMaxLength(200);
        e.Property(x => x.IdImage).HasMaxLength(200);
        e.Property(x => x.RejectionReason).HasMaxLength(MerchantApplication.MaxReasonLength);
        e.Ignore(x => x.IsEditable);
        e.Ignore(x => x.AwaitsReview);
        e.HasMany(x => x.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ApplicationHistoryEntryConfiguration : IEntityTypeConfiguration<ApplicationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationHistoryEntry> e)
    {
        e.ToTable("application_history");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Reason).HasMaxLength(MerchantApplication.MaxReasonLength);
        e.HasIndex(x => new { x.ApplicationId, x.AtUtc });
    }
}

internal sealed class ShopConfiguration : IEntityTypeConfiguration<Shop>
{
    public void Configure(EntityTypeBuilder<Shop> e)
    {
        e.ToTable("shops");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.NormalizedName).IsUnique();
        e.HasIndex(x => x.OwnerId);
        e.HasIndex(x => x.ApplicationId).IsUnique();
        e.Property(x => x.Name).HasMaxLength(40);
        e.Property(x => x.NormalizedName).HasMaxLength(40);
        e.Property(x => x.RegionCode).HasMaxLength(6);
        e.Property(x => x.BusinessScope).HasMaxLength(500);
    }
}
