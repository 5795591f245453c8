using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Data;

/// The module's tables, all in schema "rental" (SQLite: prefix "rental_"), with its outbox and inbox. The guard against
/// double booking is not in this model (EF cannot express it): migration Initial adds it by hand, an exclusion
/// constraint on PostgreSQL and triggers on SQLite (see RentalHolds).
public sealed class RentalDbContext(DbContextOptions<RentalDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "rental";

    public DbSet<RentalItem> Items => Set<RentalItem>();
    public DbSet<RentalUnit> Units => Set<RentalUnit>();
    public DbSet<RentalBooking> Bookings => Set<RentalBooking>();
    public DbSet<RentalStep> Steps => Set<RentalStep>();
    public DbSet<RentalPhoto> Photos => Set<RentalPhoto>();
}

internal sealed class RentalItemConfiguration : IEntityTypeConfiguration<RentalItem>
{
    public void Configure(EntityTypeBuilder<RentalItem> e)
    {
        e.ToTable("items");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(RentalItem.MaxNameLength);
        e.Property(x => x.Description).HasMaxLength(RentalItem.MaxDescriptionLength);
        e.Property(x => x.ImageUrl).HasMaxLength(500);
        e.Ignore(x => x.Prices);
        e.Ignore(x => x.Terms);
        e.HasMany(x => x.Units).WithOne().HasForeignKey(u => u.ItemId);
        e.Navigation(x => x.Units).HasField("_units").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(x => new { x.ShopId, x.SkuId }).IsUnique();
        e.HasIndex(x => new { x.IsListed, x.CreatedUtc });
    }
}

internal sealed class RentalUnitConfiguration : IEntityTypeConfiguration<RentalUnit>
{
    public void Configure(EntityTypeBuilder<RentalUnit> e)
    {
        e.ToTable("units");
        e.HasKey(x => x.Id);
        e.Property(x => x.Serial).HasMaxLength(RentalUnit.MaxSerialLength);
        e.Property(x => x.WarehouseName).HasMaxLength(60);
        e.HasIndex(x => new { x.ShopId, x.Serial }).IsUnique();
    }
}

internal sealed class RentalBookingConfiguration : IEntityTypeConfiguration<RentalBooking>
{
    public void Configure(EntityTypeBuilder<RentalBooking> e)
    {
        e.ToTable("bookings", t => t.HasCheckConstraint("ck_bookings_block_after_start", "\"BlockEnd\" > \"BlockStart\""));
        e.HasKey(x => x.Id);
        e.Property(x => x.Number).HasMaxLength(24);
        e.HasIndex(x => x.Number).IsUnique();
        e.Property(x => x.ItemName).HasMaxLength(RentalItem.MaxNameLength);
        e.Property(x => x.UnitSerial).HasMaxLength(RentalUnit.MaxSerialLength);
        e.Property(x => x.WarehouseName).HasMaxLength(60);
        e.Property(x => x.DeliveryAddress).HasMaxLength(RentalBooking.MaxAddressLength);
        e.Property(x => x.OutTrackingNumber).HasMaxLength(RentalBooking.MaxNoteLength);
        e.Property(x => x.DamageNote).HasMaxLength(RentalBooking.MaxNoteLength);
        e.Ignore(x => x.TotalFen);
        e.Ignore(x => x.Days);
        e.Ignore(x => x.Prices);
        e.Ignore(x => x.IsOver);
        e.Ignore(x => x.RefundDue);
        e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.BookingId);
        e.Navigation(x => x.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Photos).WithOne().HasForeignKey(p => p.BookingId);
        e.Navigation(x => x.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(x => new { x.UnitId, x.BlockStart });
        e.HasIndex(x => new { x.BuyerId, x.CreatedUtc });
        e.HasIndex(x => new { x.BuyerId, x.RequestKey }).IsUnique();
        e.HasIndex(x => new { x.ShopId, x.Status, x.StartDate });
        e.HasIndex(x => new { x.Status, x.PayByUtc });
        e.HasIndex(x => x.BalancePaymentRef);
    }
}

internal sealed class RentalStepConfiguration : IEntityTypeConfiguration<RentalStep>
{
    public void Configure(EntityTypeBuilder<RentalStep> e)
    {
        e.ToTable("steps");
        e.HasKey(x => x.Id);
        e.Property(x => x.Action).HasMaxLength(40);
        e.Property(x => x.Note).HasMaxLength(RentalBooking.MaxNoteLength + 60);
        e.HasIndex(x => new { x.BookingId, x.Sequence }).IsUnique();
    }
}

internal sealed class RentalPhotoConfiguration : IEntityTypeConfiguration<RentalPhoto>
{
    public void Configure(EntityTypeBuilder<RentalPhoto> e)
    {
        e.ToTable("photos");
        e.HasKey(x => x.Id);
        e.Property(x => x.StoredName).HasMaxLength(200);
        e.HasIndex(x => x.BookingId);
    }
}
