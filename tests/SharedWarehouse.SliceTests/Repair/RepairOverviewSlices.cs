using SharedWarehouse.Modules.Repair.Features.Overview;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Repair;

/// The module's first query runs through the real dispatcher on its migrated schema, on both providers.
public abstract class RepairOverviewSlices(AppFixture app)
{
    [Fact]
    public async Task A_new_module_has_no_undelivered_events()
    {
        (await app.SendAsync(new GetRepairOverview())).UndeliveredEvents.ShouldBe(0);
    }
}

public sealed class RepairOverviewSlicesOnSqlite(SqliteApp app) : RepairOverviewSlices(app), IClassFixture<SqliteApp>;

public sealed class RepairOverviewSlicesOnPostgreSql(PostgreSqlApp app) : RepairOverviewSlices(app), IClassFixture<PostgreSqlApp>;
