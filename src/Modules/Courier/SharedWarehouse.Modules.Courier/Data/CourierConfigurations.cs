using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Courier.Gateways.Simulator;

namespace SharedWarehouse.Modules.Courier.Data;

internal sealed class IssuedWaybillConfiguration : IEntityTypeConfiguration<IssuedWaybill>
{
    public void Configure(EntityTypeBuilder<IssuedWaybill> e)
    {
        e.ToTable("waybills");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(IssuedWaybill.MaxReferenceLength);
        e.Property(x => x.CarrierCode).HasMaxLength(10);
        e.Property(x => x.CarrierName).HasMaxLength(40);
        e.Property(x => x.TrackingNumber).HasMaxLength(40);
        e.Property(x => x.OrderNumber).HasMaxLength(IssuedWaybill.MaxOrderNumberLength);
        e.Property(x => x.Contents).HasMaxLength(IssuedWaybill.MaxContentsLength);
        e.Property(x => x.Status).HasMaxLength(20);
        Party(e, x => x.Sender, "Sender");
        Party(e, x => x.Receiver, "Receiver");
        // The idempotency guarantee itself: two requests with one reference at the same moment make one waybill.
        e.HasIndex(x => x.Reference).IsUnique();
        e.HasIndex(x => x.TrackingNumber).IsUnique();
        e.HasIndex(x => x.OrderNumber);
        e.HasIndex(x => new { x.ShopId, x.CreatedUtc });
        e.HasIndex(x => x.CreatedUtc);
        // The tracking job's scan: undelivered parcels due for a poll.
        e.HasIndex(x => x.NextPollUtc);
        e.HasMany(x => x.Events).WithOne().HasForeignKey(t => t.WaybillId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void Party(EntityTypeBuilder<IssuedWaybill> e, System.Linq.Expressions.Expression<Func<IssuedWaybill, ParcelParty?>> party, string prefix) =>
        e.OwnsOne(party, p =>
        {
            p.Property(x => x.Name).HasColumnName(prefix + "Name").HasMaxLength(30);
            p.Property(x => x.Phone).HasColumnName(prefix + "Phone").HasMaxLength(20);
            p.Property(x => x.RegionCode).HasColumnName(prefix + "RegionCode").HasMaxLength(6);
            p.Property(x => x.Address).HasColumnName(prefix + "Address").HasMaxLength(120);
        });
}

internal sealed class TrackingRecordConfiguration : IEntityTypeConfiguration<TrackingRecord>
{
    public void Configure(EntityTypeBuilder<TrackingRecord> e)
    {
        e.ToTable("tracking_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.EventKey).HasMaxLength(TrackingRecord.MaxKeyLength);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.Description).HasMaxLength(TrackingRecord.MaxDescriptionLength);
        // An event reported again (a second poll, two job runs at once) cannot be recorded, nor published, twice.
        e.HasIndex(x => new { x.WaybillId, x.EventKey }).IsUnique();
    }
}

internal sealed class WaybillPrintConfiguration : IEntityTypeConfiguration<WaybillPrint>
{
    public void Configure(EntityTypeBuilder<WaybillPrint> e)
    {
        e.ToTable("waybill_prints");
        e.HasKey(x => x.Id);
        e.Property(x => x.Printer).HasMaxLength(WaybillPrint.MaxPrinterLength);
        e.HasIndex(x => x.PrintJobId).IsUnique();
        e.HasIndex(x => new { x.WaybillId, x.RequestedUtc });
    }
}

internal sealed class SimulatedShipmentConfiguration : IEntityTypeConfiguration<SimulatedShipment>
{
    public void Configure(EntityTypeBuilder<SimulatedShipment> e)
    {
        e.ToTable("simulated_shipments");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(IssuedWaybill.MaxReferenceLength);
        e.Property(x => x.TrackingNumber).HasMaxLength(40);
        e.Property(x => x.FromCity).HasMaxLength(40);
        e.Property(x => x.ToCity).HasMaxLength(40);
        // Like a carrier's order id: one shipment per reference; and numbers are unique.
        e.HasIndex(x => x.Reference).IsUnique();
        e.HasIndex(x => x.TrackingNumber).IsUnique();
    }
}
