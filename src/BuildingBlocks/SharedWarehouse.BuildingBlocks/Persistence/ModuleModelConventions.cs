using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Persistence;

public static class ModuleModelConventions
{
    private static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    /// Outbox and inbox tables live in every module's own schema so an event is saved with the change
    /// that caused it, in one transaction.
    public static void AddOutboxAndInbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Type).HasMaxLength(300);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasIndex(x => new { x.ProcessedUtc, x.OccurredUtc });
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.HasKey(x => new { x.MessageId, x.Handler });
            e.Property(x => x.Handler).HasMaxLength(300);
        });
    }

    /// Applied last in OnModelCreating of every module context.
    public static void ApplyModuleConventions(this ModelBuilder model, string schema, bool isSqlite)
    {
        // SQLite has no schemas (tables get a prefix below); naming one there only earns a warning.
        if (!isSqlite) model.HasDefaultSchema(schema);
        foreach (var entity in model.Model.GetEntityTypes())
        {
            if (typeof(AggregateRoot).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
                entity.FindProperty(nameof(AggregateRoot.Version))?.IsConcurrencyToken = true;

            // Ids are made in the domain (Guid v7), never by the database: an entity with an id that is not
            // yet in the database is new, which EF would otherwise mistake for an existing child row.
            if (typeof(Entity).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
                entity.FindProperty(nameof(Entity.Id))?.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;

            if (!isSqlite) continue;
            // SQLite has no schemas: prefix table names instead so modules never collide in one file.
            var table = entity.GetTableName();
            if (table is not null && entity.BaseType is null && !table.StartsWith(schema + "_", StringComparison.Ordinal))
                entity.SetTableName($"{schema}_{table}");
            entity.SetSchema(null);
            // SQLite returns DateTime with Kind=Unspecified; every stored time is UTC.
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
                property.SetValueConverter(UtcConverter);
        }
    }
}
