using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;

// The start-up project of `dotnet ef`. EF runs this program until it builds the host, then takes every module's
// DbContext from the host's services, registered by the module's own IModule.Register as at run time: a new
// module needs nothing here. SW_DESIGN_PROVIDER picks the provider and so the migrations assembly; the connection
// strings are placeholders because adding a migration never connects.
//
//   --list-contexts   prints "<Module> <DbContext>" per module (and the platform's own context) for
//                     scripts/add-migration.sh, and exits.
var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("SW_DESIGN_PROVIDER") ?? "Sqlite", ignoreCase: true);
var modules = DesignTimeModules.Load();

if (args.Contains("--list-contexts"))
{
    Console.WriteLine($"Platform {nameof(PlatformDbContext)}");
    foreach (var module in modules) Console.WriteLine($"{module.Name} {module.DbContextType.Name}");
    return 0;
}

var builder = Host.CreateApplicationBuilder(args);
// dotnet-ef runs this as Development, which validates every registration; only the contexts are wanted here, and
// the host's own services (the region catalogue, the web pipeline) that handlers need are not part of a module.
builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = false }));
builder.Services.AddSingleton(Options.Create(new DatabaseOptions
{
    Provider = provider,
    ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=design.db" : "Host=localhost;Database=design",
}));
builder.Services.AddBuildingBlocks();
builder.Services.AddPlatformJobs();
foreach (var module in modules) builder.Services.AddModule(module, builder.Configuration);
builder.Build();
return 0;

/// Every IModule in the module assemblies next to this program (the migrations projects reference every module
/// under src/Modules by the folder convention, so they are all copied here).
internal static class DesignTimeModules
{
    public static IReadOnlyList<IModule> Load() =>
        Directory.GetFiles(AppContext.BaseDirectory, "SharedWarehouse.Modules.*.dll")
            .Where(path => !path.EndsWith(".Contracts.dll", StringComparison.Ordinal))
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IModule).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Select(type => (IModule)Activator.CreateInstance(type)!)
            .OrderBy(module => module.Name, StringComparer.Ordinal)
            .ToList();
}
