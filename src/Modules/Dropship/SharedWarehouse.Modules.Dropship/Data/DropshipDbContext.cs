using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Data;

public sealed class DropshipDbContext(DbContextOptions<DropshipDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "dropship";

    public DbSet<DropshipAccount> Accounts => Set<DropshipAccount>();
    public DbSet<DropshipOrder> Orders => Set<DropshipOrder>();
    public DbSet<DropshipLine> Lines => Set<DropshipLine>();
    public DbSet<PickupTask> Tasks => Set<PickupTask>();
    public DbSet<Picker> Pickers => Set<Picker>();
    public DbSet<ReturnCase> Returns => Set<ReturnCase>();
    public DbSet<ColumnMapping> ColumnMappings => Set<ColumnMapping>();
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

    internal DateTime Now() => this.GetAppService<TimeProvider>().GetUtcNow().UtcDateTime;

    /// An order, its lines and its pickup tasks change together or not at all: any added or changed line or task marks
    /// its (tracked) order modified, so the order's version is bumped and checked. Two people acting on one order at
    /// once (a pick and a close, two filter runs, two clerks scanning its bags) cannot both win; the loser's unit of
    /// work answers with a conflict and changes nothing.
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        var changed = ChangeTracker.Entries<DropshipLine>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity.OrderId)
            .Concat(ChangeTracker.Entries<PickupTask>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity.OrderId))
            .ToHashSet();
        foreach (var order in ChangeTracker.Entries<DropshipOrder>())
            if (order.State == EntityState.Unchanged && changed.Contains(order.Entity.Id)) order.Property(o => o.Version).IsModified = true;
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }
}

internal sealed class DropshipAccountConfiguration : IEntityTypeConfiguration<DropshipAccount>
{
    public void Configure(EntityTypeBuilder<DropshipAccount> e)
    {
        e.ToTable("accounts");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.ShopId).IsUnique();
        e.Property(x => x.ApiKeyPrefix).HasMaxLength(DropshipAccount.KeyPrefixLength);
        e.Property(x => x.ApiKeyHash).HasMaxLength(64);
        e.HasIndex(x => x.ApiKeyPrefix).IsUnique();
        e.Property(x => x.CallbackUrl).HasMaxLength(300);
        e.Property(x => x.SenderName).HasMaxLength(30);
        e.Property(x => x.SenderPhone).HasMaxLength(20);
        e.Property(x => x.SenderRegionCode).HasMaxLength(12);
        e.Property(x => x.SenderAddress).HasMaxLength(120);
        e.Ignore(x => x.HasSender);
    }
}

internal sealed class DropshipOrderConfiguration : IEntityTypeConfiguration<DropshipOrder>
{
    public void Configure(EntityTypeBuilder<DropshipOrder> e)
    {
        e.ToTable("orders");
        e.HasKey(x => x.Id);
        e.Property(x => x.Number).HasMaxLength(24);
        e.HasIndex(x => x.Number).IsUnique();
        e.Property(x => x.ExternalOrderId).HasMaxLength(64);
        // A repeated download of the same outside order is refused here at the latest.
        e.HasIndex(x => new { x.ShopId, x.ExternalOrderId }).IsUnique();
        e.Property(x => x.Channel).HasMaxLength(40);
        e.Property(x => x.ReceiverName).HasMaxLength(30);
        e.Property(x => x.ReceiverPhone).HasMaxLength(20);
        e.Property(x => x.ReceiverRegionCode).HasMaxLength(12);
        e.Property(x => x.ReceiverAddress).HasMaxLength(120);
        e.Property(x => x.BuyerMessage).HasMaxLength(200);
        e.Property(x => x.CarrierName).HasMaxLength(40);
        e.Property(x => x.TrackingNumber).HasMaxLength(40);
        e.HasIndex(x => x.TrackingNumber);
        e.Property(x => x.ReturnWaybill).HasMaxLength(40);
        // The returns desk finds a parcel by its return waybill (stored in its scanned form, compared as is).
        e.HasIndex(x => x.ReturnWaybill);
        e.Property(x => x.CloseReason).HasMaxLength(100);
        // Two orders never share a sorting slot in one warehouse.
        e.HasIndex(x => new { x.Scope, x.Slot }).IsUnique().HasFilter("\"Slot\" IS NOT NULL");
        e.HasIndex(x => new { x.ShopId, x.CreatedUtc });
        e.HasIndex(x => new { x.Scope, x.Status });
        e.Ignore(x => x.HoldDocumentId);
        e.Ignore(x => x.IsFinished);
        e.Ignore(x => x.NeedsMerchant);
        e.Ignore(x => x.TeamShopId);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId);
        e.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DropshipLineConfiguration : IEntityTypeConfiguration<DropshipLine>
{
    public void Configure(EntityTypeBuilder<DropshipLine> e)
    {
        e.ToTable("order_lines");
        e.HasKey(x => x.Id);
        e.Property(x => x.SkuCode).HasMaxLength(64);
        e.Property(x => x.Title).HasMaxLength(120);
        e.Property(x => x.Colour).HasMaxLength(30);
        e.Property(x => x.Size).HasMaxLength(30);
        e.Property(x => x.ReservationReference).HasMaxLength(64);
        e.Property(x => x.LabelId).HasMaxLength(16);
        e.HasIndex(x => x.LabelId);
        e.Ignore(x => x.DeclaredTotalFen);
        e.Ignore(x => x.ActualTotalFen);
        e.Ignore(x => x.InHand);
        e.Ignore(x => x.NeedsMerchant);
    }
}

internal sealed class PickupTaskConfiguration : IEntityTypeConfiguration<PickupTask>
{
    public void Configure(EntityTypeBuilder<PickupTask> e)
    {
        e.ToTable("pickup_tasks");
        e.HasKey(x => x.Id);
        e.Property(x => x.LabelId).HasMaxLength(16);
        e.HasIndex(x => x.LabelId).IsUnique();
        e.Property(x => x.OrderNumber).HasMaxLength(24);
        e.Property(x => x.MarketName).HasMaxLength(60);
        e.Property(x => x.FloorName).HasMaxLength(30);
        e.Property(x => x.StallNumber).HasMaxLength(30);
        e.Property(x => x.StallContact).HasMaxLength(60);
        e.Property(x => x.StyleNumber).HasMaxLength(40);
        e.Property(x => x.SkuCode).HasMaxLength(64);
        e.Property(x => x.Title).HasMaxLength(120);
        e.Property(x => x.Colour).HasMaxLength(30);
        e.Property(x => x.Size).HasMaxLength(30);
        e.Property(x => x.PickerName).HasMaxLength(20);
        e.HasIndex(x => new { x.TeamShopId, x.Status, x.DueOn });
        e.HasIndex(x => x.LineId);
        e.Ignore(x => x.IsOpen);
    }
}

internal sealed class PickerConfiguration : IEntityTypeConfiguration<Picker>
{
    public void Configure(EntityTypeBuilder<Picker> e)
    {
        e.ToTable("pickers");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.UserId).IsUnique();
        e.Property(x => x.Name).HasMaxLength(20);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.HasIndex(x => x.TeamShopId);
    }
}

internal sealed class ReturnCaseConfiguration : IEntityTypeConfiguration<ReturnCase>
{
    public void Configure(EntityTypeBuilder<ReturnCase> e)
    {
        e.ToTable("returns");
        e.HasKey(x => x.Id);
        e.Property(x => x.OrderNumber).HasMaxLength(24);
        e.Property(x => x.SkuCode).HasMaxLength(64);
        e.Property(x => x.Title).HasMaxLength(120);
        e.Property(x => x.Colour).HasMaxLength(30);
        e.Property(x => x.Size).HasMaxLength(30);
        e.Property(x => x.ReturnWaybill).HasMaxLength(40);
        e.HasIndex(x => x.ReturnWaybill);
        e.Property(x => x.ReturnLabelId).HasMaxLength(16);
        e.HasIndex(x => x.ReturnLabelId).IsUnique();
        // One inspection per returned line.
        e.HasIndex(x => x.LineId).IsUnique();
        e.HasIndex(x => new { x.ShopId, x.SkuCode, x.Status });
        e.HasIndex(x => new { x.TeamShopId, x.Status });
        e.Property(x => x.Note).HasMaxLength(200);
        e.Property(x => x.StallText).HasMaxLength(140);
        e.Property(x => x.MarketName).HasMaxLength(60);
        e.Property(x => x.PickerName).HasMaxLength(20);
        e.Property(x => x.StallPickerName).HasMaxLength(20);
        e.Ignore(x => x.CanGoBackToStall);
        e.Ignore(x => x.MaxRefundFen);
    }
}

internal sealed class ColumnMappingConfiguration : IEntityTypeConfiguration<ColumnMapping>
{
    public void Configure(EntityTypeBuilder<ColumnMapping> e)
    {
        e.ToTable("column_mappings");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(ColumnMapping.MaxNameLength);
        // A name says which mapping a preview used: unique within the shop.
        e.HasIndex(x => new { x.ShopId, x.Name }).IsUnique();
        e.Property(x => x.HeaderSignature).HasMaxLength(64);
        e.HasIndex(x => new { x.ShopId, x.HeaderSignature });
        e.Ignore(x => x.Header);
        e.Ignore(x => x.Columns);
    }
}

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> e)
    {
        e.ToTable("import_uploads");
        e.HasKey(x => x.Id);
        e.Property(x => x.FilesJson).HasMaxLength(2_000);
        e.HasIndex(x => x.ExpiresUtc);
        e.Ignore(x => x.Files);
    }
}
