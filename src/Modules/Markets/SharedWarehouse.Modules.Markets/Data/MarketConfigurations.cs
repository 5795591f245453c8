using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Markets.Domain;

namespace SharedWarehouse.Modules.Markets.Data;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> e)
    {
        e.ToTable("markets");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(Market.MaxNameLength);
        e.Property(x => x.NormalizedName).HasMaxLength(Market.MaxNameLength);
        e.Property(x => x.RegionCode).HasMaxLength(12);
        e.Property(x => x.Address).HasMaxLength(Market.MaxAddressLength);
        e.Property(x => x.Note).HasMaxLength(Market.MaxNoteLength);
        e.HasIndex(x => x.NormalizedName).IsUnique();
        e.HasMany(x => x.Floors).WithOne().HasForeignKey(f => f.MarketId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Floors).HasField("_floors");
    }
}

internal sealed class FloorConfiguration : IEntityTypeConfiguration<Floor>
{
    public void Configure(EntityTypeBuilder<Floor> e)
    {
        e.ToTable("floors");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(Floor.MaxNameLength);
        e.Property(x => x.NormalizedName).HasMaxLength(Floor.MaxNameLength);
        e.HasIndex(x => new { x.MarketId, x.NormalizedName }).IsUnique();
    }
}

internal sealed class StallConfiguration : IEntityTypeConfiguration<Stall>
{
    public void Configure(EntityTypeBuilder<Stall> e)
    {
        e.ToTable("stalls");
        e.HasKey(x => x.Id);
        e.Property(x => x.Number).HasMaxLength(Stall.MaxNumberLength);
        e.Property(x => x.NormalizedNumber).HasMaxLength(Stall.MaxNumberLength);
        e.Property(x => x.ContactName).HasMaxLength(Stall.MaxContactNameLength);
        e.Property(x => x.ContactPhone).HasMaxLength(20);
        // A number names one stall on its floor, even when two admins add it at the same moment.
        e.HasIndex(x => new { x.FloorId, x.NormalizedNumber }).IsUnique();
        e.HasIndex(x => x.MarketId);
        e.HasOne<Market>().WithMany().HasForeignKey(x => x.MarketId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Floor>().WithMany().HasForeignKey(x => x.FloorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StallCodeConfiguration : IEntityTypeConfiguration<StallCode>
{
    public void Configure(EntityTypeBuilder<StallCode> e)
    {
        e.ToTable("stall_codes");
        e.HasKey(x => x.Id);
        e.Property(x => x.Code).HasMaxLength(StallCode.MaxCodeLength);
        e.Property(x => x.NormalizedCode).HasMaxLength(StallCode.MaxCodeLength);
        // One mapping per code in a shop: ResolveAsync looks codes up by this index.
        e.HasIndex(x => new { x.ShopId, x.NormalizedCode }).IsUnique();
        e.HasMany(x => x.Options).WithOne().HasForeignKey(o => o.StallCodeId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Options).HasField("_options");
    }
}

internal sealed class StallCodeOptionConfiguration : IEntityTypeConfiguration<StallCodeOption>
{
    public void Configure(EntityTypeBuilder<StallCodeOption> e)
    {
        e.ToTable("stall_code_options");
        e.HasKey(x => x.Id);
        e.Property(x => x.StyleNumber).HasMaxLength(StallCode.MaxStyleNumberLength);
        e.HasIndex(x => new { x.StallCodeId, x.StallId }).IsUnique();
        // "Which codes use this stall" (the merchant's search by stall).
        e.HasIndex(x => x.StallId);
        e.HasOne<Stall>().WithMany().HasForeignKey(x => x.StallId).OnDelete(DeleteBehavior.Restrict);
    }
}
