using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Printing.Domain;

namespace SharedWarehouse.Modules.Printing.Data;

public sealed class PrintingDbContext(DbContextOptions<PrintingDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "printing";

    public DbSet<Printer> Printers => Set<Printer>();
    public DbSet<PrintJob> Jobs => Set<PrintJob>();
}

internal sealed class PrinterConfiguration : IEntityTypeConfiguration<Printer>
{
    public void Configure(EntityTypeBuilder<Printer> e)
    {
        e.ToTable("printers");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(Printer.MaxNameLength);
        e.Property(x => x.Host).HasMaxLength(Printer.MaxHostLength);
        e.Property(x => x.PickerPhone).HasMaxLength(20);
        e.Property(x => x.Station).HasMaxLength(Printer.MaxStationLength);
        e.HasIndex(x => x.Name).IsUnique();
        // A picker carries one portable printer: "my printer" must be unambiguous.
        e.HasIndex(x => x.PickerPhone).IsUnique().HasFilter("\"PickerPhone\" IS NOT NULL");
        e.HasIndex(x => x.Station);
    }
}

internal sealed class PrintJobConfiguration : IEntityTypeConfiguration<PrintJob>
{
    public void Configure(EntityTypeBuilder<PrintJob> e)
    {
        e.ToTable("print_jobs");
        e.HasKey(x => x.Id);
        e.Property(x => x.IdempotencyKey).HasMaxLength(PrintJob.MaxKeyLength);
        e.Property(x => x.LabelId).HasMaxLength(40);
        e.Property(x => x.OrderNumber).HasMaxLength(40);
        e.Property(x => x.LabelJson).HasMaxLength(4000);
        e.Property(x => x.LastError).HasMaxLength(PrintJob.MaxErrorLength);
        // Jobs queued before waybills existed are pick labels.
        e.Property(x => x.Kind).HasDefaultValue(PrintDocument.PickLabel);
        // The same caller key is one job, even when two requests enqueue it at the same moment.
        e.HasIndex(x => x.IdempotencyKey).IsUnique();
        // The dispatcher's scan: due jobs per printer in arrival order.
        e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
        e.HasIndex(x => new { x.PrinterId, x.Status, x.CreatedUtc });
        e.HasIndex(x => x.CreatedUtc);
    }
}
