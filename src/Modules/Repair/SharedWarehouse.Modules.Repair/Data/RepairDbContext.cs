using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Repair.Domain;

namespace SharedWarehouse.Modules.Repair.Data;

/// The module's tables, all in schema "repair" (SQLite: prefix "repair_"), with its outbox and inbox.
public sealed class RepairDbContext(DbContextOptions<RepairDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "repair";

    public DbSet<RepairRequest> Repairs => Set<RepairRequest>();
    public DbSet<RepairStep> Steps => Set<RepairStep>();
    public DbSet<RepairPart> Parts => Set<RepairPart>();
    public DbSet<RepairPhoto> Photos => Set<RepairPhoto>();
    public DbSet<RepairTerm> Terms => Set<RepairTerm>();
}

internal sealed class RepairRequestConfiguration : IEntityTypeConfiguration<RepairRequest>
{
    public void Configure(EntityTypeBuilder<RepairRequest> e)
    {
        e.ToTable("repairs");
        e.HasKey(x => x.Id);
        e.Property(x => x.Number).HasMaxLength(24);
        e.HasIndex(x => x.Number).IsUnique();
        e.Property(x => x.OrderNumber).HasMaxLength(40);
        e.Property(x => x.ProductName).HasMaxLength(200);
        e.Property(x => x.SpecText).HasMaxLength(200);
        e.Property(x => x.Fault).HasMaxLength(RepairRequest.MaxFaultLength);
        e.Property(x => x.QuoteNote).HasMaxLength(RepairRequest.MaxNoteLength);
        e.Property(x => x.WorkNote).HasMaxLength(RepairRequest.MaxNoteLength);
        e.Property(x => x.InboundCarrier).HasMaxLength(20);
        e.Property(x => x.InboundTrackingNumber).HasMaxLength(40);
        e.Property(x => x.ReturnCarrier).HasMaxLength(20);
        e.Property(x => x.ReturnTrackingNumber).HasMaxLength(40);
        e.Ignore(x => x.InWarranty);
        e.Ignore(x => x.QuoteFen);
        e.Ignore(x => x.CanCancel);
        e.Ignore(x => x.NextPartReference);
        e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.RepairId);
        e.Navigation(x => x.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Parts).WithOne().HasForeignKey(p => p.RepairId);
        e.Navigation(x => x.Parts).HasField("_parts").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Photos).WithOne().HasForeignKey(p => p.RepairId);
        e.Navigation(x => x.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
        // One open repair per order line, held by the database whatever two requests opening at once believe.
        e.HasIndex(x => x.OrderLineId, "ix_repairs_one_open_per_line").IsUnique().HasFilter("\"IsOpen\"");
        e.HasIndex(x => x.OrderLineId);
        e.HasIndex(x => new { x.BuyerId, x.CreatedUtc });
        e.HasIndex(x => new { x.ShopId, x.Status, x.CreatedUtc });
        e.HasIndex(x => new { x.Status, x.QuoteExpiresUtc });
    }
}

internal sealed class RepairStepConfiguration : IEntityTypeConfiguration<RepairStep>
{
    public void Configure(EntityTypeBuilder<RepairStep> e)
    {
        e.ToTable("steps");
        e.HasKey(x => x.Id);
        e.Property(x => x.Action).HasMaxLength(40);
        e.Property(x => x.Note).HasMaxLength(RepairRequest.MaxFaultLength + 60);
        e.HasIndex(x => new { x.RepairId, x.Sequence }).IsUnique();
    }
}

internal sealed class RepairPartConfiguration : IEntityTypeConfiguration<RepairPart>
{
    public void Configure(EntityTypeBuilder<RepairPart> e)
    {
        e.ToTable("parts");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(64);
        e.HasIndex(x => x.Reference).IsUnique(); // Inventory's issue reference: recorded once
        e.Property(x => x.SkuCode).HasMaxLength(64);
        e.Property(x => x.Name).HasMaxLength(200);
        e.HasIndex(x => x.RepairId);
    }
}

internal sealed class RepairPhotoConfiguration : IEntityTypeConfiguration<RepairPhoto>
{
    public void Configure(EntityTypeBuilder<RepairPhoto> e)
    {
        e.ToTable("photos");
        e.HasKey(x => x.Id);
        e.Property(x => x.StoredName).HasMaxLength(200);
        e.HasIndex(x => x.RepairId);
    }
}

internal sealed class RepairTermConfiguration : IEntityTypeConfiguration<RepairTerm>
{
    public void Configure(EntityTypeBuilder<RepairTerm> e)
    {
        e.ToTable("terms", t => t.HasCheckConstraint("ck_terms_months", $"\"WarrantyMonths\" >= 0 AND \"WarrantyMonths\" <= {RepairTerm.MaxWarrantyMonths}"));
        e.HasKey(x => new { x.ShopId, x.ProductId });
    }
}
