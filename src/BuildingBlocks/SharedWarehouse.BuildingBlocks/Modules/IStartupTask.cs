namespace SharedWarehouse.BuildingBlocks.Modules;

/// Work a module needs done once the databases are migrated (roles, the first admin, demo data).
/// Runs in its own scope, in Order, on every start: it must be idempotent.
public interface IStartupTask
{
    int Order { get; }
    Task RunAsync(CancellationToken ct);
}
