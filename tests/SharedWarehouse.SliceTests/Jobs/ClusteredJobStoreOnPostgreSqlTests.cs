using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.Web.Setup;

namespace SharedWarehouse.SliceTests.Jobs;

/// Two app nodes on one PostgreSQL database: Quartz's clustered store is shared, the schema is provisioned,
/// and job outcomes land in platform.job_statuses where the admin jobs page reads them.
public sealed class ClusteredJobStoreOnPostgreSqlTests(PostgreSqlApp app) : IClassFixture<PostgreSqlApp>
{
    private IHost Node(string connectionString, string dataPath)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var database = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString };
        builder.Services.AddSingleton(Options.Create(database));
        builder.Services.AddSingleton(Options.Create(new StorageOptions { DataPath = dataPath }));
        builder.Services.AddSharedWarehouseCore(new ConfigurationBuilder().Build());
        builder.Services.AddJobScheduler(database);
        return builder.Build();
    }

    [Fact]
    public async Task Two_nodes_share_one_clustered_schedule_and_record_job_outcomes()
    {
        var connectionString = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var schema = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {JobsSetup.QuartzSchema}", connection);
            await schema.ExecuteNonQueryAsync();
        }
        var dataPath = Directory.CreateTempSubdirectory("sw-nodes-").FullName;
        using var first = Node(connectionString, dataPath);
        using var second = Node(connectionString, dataPath);
        await first.StartAsync();
        await second.StartAsync();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            long nodes = 0;
            JobStatus? status = null;
            while (DateTime.UtcNow < deadline && (nodes < 2 || status is null))
            {
                await Task.Delay(500);
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {JobsSetup.QuartzSchema}.qrtz_scheduler_state", connection);
                nodes = (long)(await count.ExecuteScalarAsync())!;
                status = await app.QueryAsync<PlatformDbContext, JobStatus?>(db =>
                    db.JobStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.JobName == OutboxDispatchJob.Name));
            }

            nodes.ShouldBe(2);
            status.ShouldNotBeNull();
            status.LastSucceeded.ShouldBe(true);
            status.LastNode.ShouldNotBeNullOrEmpty();
        }
        finally
        {
            await first.StopAsync();
            await second.StopAsync();
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
