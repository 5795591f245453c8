using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.BuildingBlocks.Jobs;

/// The platform's own bookkeeping (job outcomes); schema "platform".
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "platform";

    public DbSet<JobStatus> JobStatuses => Set<JobStatus>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobStatus>(e =>
        {
            e.ToTable("job_statuses");
            e.HasKey(x => x.JobName);
            e.Property(x => x.JobName).HasMaxLength(200);
            e.Property(x => x.LastResult).HasMaxLength(500);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.Property(x => x.LastNode).HasMaxLength(200);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyModuleConventions(Schema, Database.IsSqlite());
    }
}
