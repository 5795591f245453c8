using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.BuildingBlocks.Persistence;

/// Base of a module's context: its own schema, outbox and inbox, and the SQLite naming convention.
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options), IModuleDbContext
{
    public string Schema { get; } = schema;
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public void Publish(IIntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent, this.GetAppService<TimeProvider>().GetUtcNow().UtcDateTime));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => IsOwnConfiguration(t));
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyModuleConventions(Schema, Database.IsSqlite());
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        this.BumpAggregateVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }

    /// A module assembly has one context, so every configuration in it is this context's; a context can
    /// narrow this when it must.
    protected virtual bool IsOwnConfiguration(Type configurationType) => true;
}
