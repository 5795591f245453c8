using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Returns.Domain;

namespace SharedWarehouse.Modules.Returns.Data;

/// The module's tables, all in schema "returns" (SQLite: prefix "returns_"), with its outbox and inbox.
public sealed class ReturnsDbContext(DbContextOptions<ReturnsDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "returns";

    public DbSet<AfterSaleRequest> Requests => Set<AfterSaleRequest>();
    public DbSet<AfterSaleLine> Lines => Set<AfterSaleLine>();
    public DbSet<AfterSaleStep> Steps => Set<AfterSaleStep>();
    public DbSet<RefundCap> RefundCaps => Set<RefundCap>();
    public DbSet<AfterSalePhoto> Photos => Set<AfterSalePhoto>();
}

internal sealed class AfterSaleRequestConfiguration : IEntityTypeConfiguration<AfterSaleRequest>
{
    public void Configure(EntityTypeBuilder<AfterSaleRequest> e)
    {
        e.ToTable("requests");
        e.HasKey(x => x.Id);
        e.Property(x => x.Number).HasMaxLength(24);
        e.HasIndex(x => x.Number).IsUnique();
        e.Property(x => x.OrderNumber).HasMaxLength(40);
        e.Property(x => x.SubOrderNumber).HasMaxLength(44);
        e.Property(x => x.Reason).HasMaxLength(20);
        e.Property(x => x.Description).HasMaxLength(AfterSaleRequest.MaxDescriptionLength);
        e.Property(x => x.ReturnCarrier).HasMaxLength(20);
        e.Property(x => x.ReturnTrackingNumber).HasMaxLength(40);
        e.Ignore(x => x.IsOpen);
        e.Ignore(x => x.RefundDue);
        e.Ignore(x => x.RestockDue);
        e.Ignore(x => x.ReserveDue);
        e.Ignore(x => x.ExchangeDue);
        e.Ignore(x => x.ReleaseDue);
        e.Ignore(x => x.ReplacementReserved);
        e.Ignore(x => x.GoodsComeBack);
        e.Ignore(x => x.ReceivingShopId);
        e.Ignore(x => x.CanEscalate);
        e.Ignore(x => x.CanWithdraw);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.RequestId);
        e.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.RequestId);
        e.Navigation(x => x.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Photos).WithOne().HasForeignKey(p => p.RequestId);
        e.Navigation(x => x.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(x => new { x.BuyerId, x.CreatedUtc });
        e.HasIndex(x => new { x.ShopId, x.Status, x.CreatedUtc });
        e.HasIndex(x => new { x.Status, x.MerchantDeadlineUtc });
        e.HasIndex(x => x.SubOrderId);
        e.HasIndex(x => new { x.SupplierShopId, x.Status });
    }
}

internal sealed class AfterSaleLineConfiguration : IEntityTypeConfiguration<AfterSaleLine>
{
    public void Configure(EntityTypeBuilder<AfterSaleLine> e)
    {
        e.ToTable("lines");
        e.HasKey(x => x.Id);
        e.Property(x => x.ProductName).HasMaxLength(200);
        e.Property(x => x.SpecText).HasMaxLength(200);
        e.Property(x => x.ReservationRef).HasMaxLength(64);
        e.Property(x => x.ReplacementSkuCode).HasMaxLength(64);
        e.Property(x => x.ReplacementSpecText).HasMaxLength(200);
        e.Property(x => x.ReplacementRef).HasMaxLength(64);
        // One open request per order line, held by the database whatever two requests opening at once believe.
        e.HasIndex(x => x.OrderLineId, "ix_lines_one_open_request").IsUnique().HasFilter("\"IsOpen\"");
        e.HasIndex(x => x.OrderLineId);
    }
}

internal sealed class AfterSaleStepConfiguration : IEntityTypeConfiguration<AfterSaleStep>
{
    public void Configure(EntityTypeBuilder<AfterSaleStep> e)
    {
        e.ToTable("steps");
        e.HasKey(x => x.Id);
        e.Property(x => x.Action).HasMaxLength(40);
        e.Property(x => x.Note).HasMaxLength(AfterSaleRequest.MaxNoteLength + 60);
        e.HasIndex(x => new { x.RequestId, x.Sequence }).IsUnique();
    }
}

internal sealed class AfterSalePhotoConfiguration : IEntityTypeConfiguration<AfterSalePhoto>
{
    public void Configure(EntityTypeBuilder<AfterSalePhoto> e)
    {
        e.ToTable("photos");
        e.HasKey(x => x.Id);
        e.Property(x => x.StoredName).HasMaxLength(200);
        e.HasIndex(x => x.RequestId);
    }
}

internal sealed class RefundCapConfiguration : IEntityTypeConfiguration<RefundCap>
{
    public void Configure(EntityTypeBuilder<RefundCap> e)
    {
        e.ToTable("refund_caps", t => t.HasCheckConstraint("ck_refund_caps_within_cap", "\"RefundedFen\" >= 0 AND \"RefundedFen\" <= \"CapFen\""));
        e.HasKey(x => x.Key);
    }
}
