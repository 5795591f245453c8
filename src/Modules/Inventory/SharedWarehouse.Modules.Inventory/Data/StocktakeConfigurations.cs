using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Data;

internal sealed class StocktakeConfiguration : IEntityTypeConfiguration<Stocktake>
{
    public void Configure(EntityTypeBuilder<Stocktake> e)
    {
        e.ToTable("stocktakes");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.ShopId, x.CreatedUtc });
        e.HasIndex(x => x.Number).IsUnique();
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.Zone).HasMaxLength(20);
        e.Property(x => x.ReturnReason).HasMaxLength(Stocktake.MaxReasonLength);
        e.Ignore(x => x.ShowsExpected);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.StocktakeId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StocktakeLineConfiguration : IEntityTypeConfiguration<StocktakeLine>
{
    public void Configure(EntityTypeBuilder<StocktakeLine> e)
    {
        e.ToTable("stocktake_lines");
        e.HasKey(x => x.Id);
        e.Property(x => x.Lot).HasMaxLength(40);
        e.Ignore(x => x.Variance);
    }
}

internal sealed class StockAlertSettingsConfiguration : IEntityTypeConfiguration<StockAlertSettings>
{
    public void Configure(EntityTypeBuilder<StockAlertSettings> e)
    {
        e.ToTable("stock_alert_settings");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.ShopId).IsUnique();
    }
}

internal sealed class LowStockThresholdConfiguration : IEntityTypeConfiguration<LowStockThreshold>
{
    public void Configure(EntityTypeBuilder<LowStockThreshold> e)
    {
        e.ToTable("low_stock_thresholds");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.ShopId, x.SkuId }).IsUnique();
    }
}

internal sealed class StockAlertConfiguration : IEntityTypeConfiguration<StockAlert>
{
    public void Configure(EntityTypeBuilder<StockAlert> e)
    {
        e.ToTable("stock_alerts");
        e.HasKey(x => x.Id);
        // At most one open alert per condition, even if two job runs overlap on different nodes.
        e.HasIndex(x => new { x.ShopId, x.Kind, x.SkuId, x.BalanceId }).IsUnique().HasFilter("\"ClearedUtc\" IS NULL");
        e.HasIndex(x => new { x.ShopId, x.RaisedUtc });
    }
}
