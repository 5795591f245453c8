using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Data;

// The content is JSON in a plain text column on both providers: it is always read and written whole.
internal sealed class ShopDecorationConfiguration : IEntityTypeConfiguration<ShopDecoration>
{
    public const int MaxContentLength = 8000;

    public void Configure(EntityTypeBuilder<ShopDecoration> e)
    {
        e.ToTable("shop_decorations");
        e.HasKey(x => x.Id);
        // One decoration per shop: also the last line against two first saves racing.
        e.HasIndex(x => x.ShopId).IsUnique();
        e.Property(x => x.DraftJson).HasMaxLength(MaxContentLength);
        e.Ignore(x => x.Draft);
        e.Ignore(x => x.Published);
        e.Ignore(x => x.HasUnpublishedChanges);
        e.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.DecorationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DecorationVersionConfiguration : IEntityTypeConfiguration<DecorationVersion>
{
    public void Configure(EntityTypeBuilder<DecorationVersion> e)
    {
        e.ToTable("shop_decoration_versions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        // Two publishes racing for the same number: one of them fails instead of both landing.
        e.HasIndex(x => new { x.DecorationId, x.Number }).IsUnique();
        e.Property(x => x.ContentJson).HasMaxLength(ShopDecorationConfiguration.MaxContentLength);
        e.Ignore(x => x.Content);
    }
}
