using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SharedWarehouse.BuildingBlocks.Modules;

/// The one public entry point of a module; the host lists modules explicitly in ModulesRegistry.
public interface IModule
{
    string Name { get; }
    string Schema { get; }
    ModuleLayer Layer { get; }
    Type DbContextType { get; }
    void Register(IServiceCollection services, IConfiguration configuration);
}
