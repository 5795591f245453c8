using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Accounts.Domain;

namespace SharedWarehouse.Modules.Accounts.Data;

/// Identity's tables in the module's own schema; derives from IdentityDbContext, so it applies the
/// module conventions itself instead of inheriting ModuleDbContext.
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IModuleDbContext
{
    public const string SchemaName = "accounts";

    public string Schema => SchemaName;
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<SmsCode> SmsCodes => Set<SmsCode>();

    public void Publish(IIntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent, this.GetAppService<TimeProvider>().GetUtcNow().UtcDateTime));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.Property(u => u.RegionCode).HasMaxLength(6);
        });
        builder.Entity<SmsCode>(e =>
        {
            e.ToTable("sms_codes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Phone).HasMaxLength(11);
            e.Property(x => x.CodeHash).HasMaxLength(64);
            e.HasIndex(x => new { x.Phone, x.Purpose, x.CreatedUtc });
        });
        builder.AddOutboxAndInbox();
        builder.ApplyModuleConventions(Schema, Database.IsSqlite());
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        this.BumpAggregateVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }
}
