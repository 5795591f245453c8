using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Notifications.Domain;

namespace SharedWarehouse.Modules.Notifications.Data;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.ToTable("notifications");
        e.HasKey(x => x.Id);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Body).HasMaxLength(1000);
        e.Property(x => x.ArgsJson).HasMaxLength(4000);
        e.Property(x => x.Link).HasMaxLength(300);
        e.Ignore(x => x.Args);
        e.HasIndex(x => new { x.UserId, x.CreatedUtc });
    }
}
