using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Data;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> e)
    {
        e.ToTable("warehouses");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.OwnerShopId);
        e.Property(x => x.Name).HasMaxLength(Warehouse.MaxNameLength);
        e.Property(x => x.RegionCode).HasMaxLength(6);
        e.Property(x => x.Address).HasMaxLength(200);
        e.Property(x => x.Latitude).HasPrecision(9, 6);
        e.Property(x => x.Longitude).HasPrecision(9, 6);
        e.Ignore(x => x.IsShared);
        e.HasMany(x => x.Bins).WithOne().HasForeignKey(b => b.WarehouseId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Bins).HasField("_bins").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BinConfiguration : IEntityTypeConfiguration<Bin>
{
    public void Configure(EntityTypeBuilder<Bin> e)
    {
        e.ToTable("bins");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.WarehouseId, x.Code }).IsUnique();
        e.Property(x => x.Zone).HasMaxLength(20);
        e.Property(x => x.Code).HasMaxLength(30);
    }
}

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> e)
    {
        e.ToTable("stock_balances", t =>
        {
            // The database itself refuses an oversell, whatever code path tries it.
            t.HasCheckConstraint("ck_stock_balances_reserved", "\"Reserved\" >= 0 AND \"Reserved\" <= \"OnHand\"");
        });
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.WarehouseId, x.BinId, x.SkuId, x.Lot, x.OwnerShopId }).IsUnique();
        e.HasIndex(x => new { x.SkuId, x.OwnerShopId });
        e.Property(x => x.Lot).HasMaxLength(40);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> e)
    {
        e.ToTable("stock_movements");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.BalanceId);
        e.HasIndex(x => new { x.OwnerShopId, x.AtUtc });
        e.Property(x => x.Reference).HasMaxLength(64);
    }
}

internal sealed class StockIssueConfiguration : IEntityTypeConfiguration<StockIssue>
{
    public void Configure(EntityTypeBuilder<StockIssue> e)
    {
        e.ToTable("stock_issues");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(64);
        e.HasIndex(x => x.Reference).IsUnique(); // one issue per reference, whatever two requests at once believe
        e.HasIndex(x => new { x.OwnerShopId, x.AtUtc });
    }
}

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> e)
    {
        e.ToTable("receipts");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.ShopId, x.CreatedUtc });
        e.HasIndex(x => x.Number).IsUnique();
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.Supplier).HasMaxLength(100);
        e.Ignore(x => x.TotalQuantity);
        e.Ignore(x => x.TotalCostFen);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.ReceiptId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReceiptLineConfiguration : IEntityTypeConfiguration<ReceiptLine>
{
    public void Configure(EntityTypeBuilder<ReceiptLine> e)
    {
        e.ToTable("receipt_lines");
        e.HasKey(x => x.Id);
        e.Property(x => x.Lot).HasMaxLength(40);
    }
}

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> e)
    {
        e.ToTable("reservations");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Reference).IsUnique();
        e.HasIndex(x => new { x.Status, x.ExpiresUtc });
        e.Property(x => x.Reference).HasMaxLength(64);
        e.HasMany(x => x.Allocations).WithOne().HasForeignKey(a => a.ReservationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Allocations).HasField("_allocations").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReservationAllocationConfiguration : IEntityTypeConfiguration<ReservationAllocation>
{
    public void Configure(EntityTypeBuilder<ReservationAllocation> e)
    {
        e.ToTable("reservation_allocations");
        e.HasKey(x => x.Id);
    }
}

internal sealed class SharingGrantConfiguration : IEntityTypeConfiguration<SharingGrant>
{
    public void Configure(EntityTypeBuilder<SharingGrant> e)
    {
        e.ToTable("sharing_grants");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.OwnerShopId, x.Scope, x.TargetId, x.GranteeShopId }).IsUnique();
        e.HasIndex(x => x.GranteeShopId);
    }
}

internal sealed class TransferConfiguration : IEntityTypeConfiguration<Transfer>
{
    public void Configure(EntityTypeBuilder<Transfer> e)
    {
        e.ToTable("transfers");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.ShopId, x.Status });
        e.Ignore(x => x.Number);
    }
}
