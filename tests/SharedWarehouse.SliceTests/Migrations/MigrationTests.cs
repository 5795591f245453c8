using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Migrations;

/// The fixture has applied every migration to an empty database of its provider; these tests check
/// the result per context.
public abstract class MigrationTests(AppFixture app)
{
    public static TheoryData<string> Contexts => new(ModuleContexts().Select(t => t.Name));

    private static IEnumerable<Type> ModuleContexts() =>
        SharedWarehouse.Web.ModulesRegistry.All.Select(m => m.DbContextType).Append(typeof(PlatformDbContext));

    private static Type ContextNamed(string name) => ModuleContexts().Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task The_model_has_no_changes_missing_from_the_migrations(string context)
    {
        var pending = await app.WithScopeAsync(sp =>
            Task.FromResult(((DbContext)sp.GetRequiredService(ContextNamed(context))).Database.HasPendingModelChanges()));

        pending.ShouldBeFalse($"{context} on {app.Provider}: run scripts/add-migration.sh");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task Every_migration_is_applied_to_the_empty_database(string context)
    {
        var (all, applied) = await app.WithScopeAsync(async sp =>
        {
            var db = ((DbContext)sp.GetRequiredService(ContextNamed(context))).Database;
            return (db.GetMigrations().ToList(), (await db.GetAppliedMigrationsAsync()).ToList());
        });

        all.ShouldNotBeEmpty();
        applied.ShouldBe(all);
    }

    [Fact]
    public void Every_module_is_registered_with_its_context()
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        catalog.Modules.Select(m => m.DbContextType).ShouldBe(SharedWarehouse.Web.ModulesRegistry.All.Select(m => m.DbContextType));
    }
}

public sealed class MigrationsOnSqlite(SqliteApp app) : MigrationTests(app), IClassFixture<SqliteApp>;

public sealed class MigrationsOnPostgreSql(PostgreSqlApp app) : MigrationTests(app), IClassFixture<PostgreSqlApp>;
