using SharedWarehouse.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddSharedWarehouse();

var app = builder.Build();
if (args.Contains("migrate"))
{
    // `dotnet SharedWarehouse.Web.dll migrate`: apply every module's migrations and exit (PostgreSQL deployments).
    await app.MigrateDatabasesAsync(CancellationToken.None);
    return;
}
await app.PrepareDatabasesAsync(CancellationToken.None);
app.UseSharedWarehouse();
await app.RunAsync();

public partial class Program;
