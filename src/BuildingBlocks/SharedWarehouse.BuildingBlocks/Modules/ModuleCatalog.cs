using System.Reflection;

namespace SharedWarehouse.BuildingBlocks.Modules;

/// Which module a request belongs to (by assembly), so the unit of work knows which context to use.
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, IModule> _byAssembly = [];

    public IReadOnlyCollection<IModule> Modules => _byAssembly.Values;

    public void Add(IModule module) => _byAssembly[module.GetType().Assembly] = module;

    public Type? ContextForRequest(Type requestType) => _byAssembly.GetValueOrDefault(requestType.Assembly)?.DbContextType;
}
