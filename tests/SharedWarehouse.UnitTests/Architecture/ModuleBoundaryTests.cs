using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Web;

namespace SharedWarehouse.UnitTests.Architecture;

/// Reflection-based rules over the explicit module list: a new module is covered without editing this file.
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => new(ModulesRegistry.All.Select(m => m.Name));

    private static Assembly ModuleAssembly(string name) => ModulesRegistry.All.Single(m => m.Name == name).GetType().Assembly;

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_other_modules_only_through_their_contracts(string module)
    {
        var own = ModuleAssembly(module).GetName().Name!;
        var offending = ModuleAssembly(module).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("SharedWarehouse.Modules.", StringComparison.Ordinal) && n != own && n != own + ".Contracts")
            .Where(n => !n.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();

        offending.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_reference_no_module_implementation(string module)
    {
        // A module nothing else calls (Dropship: it only calls others) has no contracts assembly.
        var name = ModuleAssembly(module).GetName().Name + ".Contracts";
        if (ModuleAssembly(module).GetReferencedAssemblies().All(a => a.Name != name) && !File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
            return;
        var contracts = Assembly.Load(name);
        contracts.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("SharedWarehouse.Modules.", StringComparison.Ordinal) && !n.EndsWith(".Contracts", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_types_use_neither_EF_Core_nor_ASP_NET(string module)
    {
        var domainTypes = ModuleAssembly(module).GetTypes().Where(t => t.Namespace?.EndsWith(".Domain", StringComparison.Ordinal) == true).ToList();
        var offending = domainTypes.SelectMany(t => ReferencedTypes(t).Select(r => (t, r)))
            .Where(x => x.r.Namespace is { } ns && (ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                                                   || ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)))
            .Select(x => $"{x.t.Name} → {x.r.FullName}")
            .Distinct().ToList();

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void The_shared_kernel_references_neither_EF_Core_nor_ASP_NET()
    {
        typeof(SharedKernel.Entity).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Each_context_maps_only_tables_of_its_own_schema(string module)
    {
        var definition = ModulesRegistry.All.Single(m => m.Name == module);
        foreach (var sqlite in new[] { false, true })
        {
            var model = DesignModel(definition.DbContextType, definition.Schema, sqlite);
            foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                if (sqlite) entity.GetTableName()!.ShouldStartWith(definition.Schema + "_", customMessage: entity.Name);
                else entity.GetSchema().ShouldBe(definition.Schema, entity.Name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_stay_internal_to_their_module(string module)
    {
        var handlers = ModuleAssembly(module).GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(BuildingBlocks.Messaging.IRequestHandler<,>)));
        handlers.Where(t => t.IsPublic).Select(t => t.Name).ShouldBeEmpty();
    }

    private static IModel DesignModel(Type contextType, string schema, bool sqlite)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseModuleDatabase(sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql,
            sqlite ? "Data Source=:memory:" : "Host=localhost;Database=none", schema);
        using var context = (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
        return context.Model;
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(all)) yield return f.FieldType;
        foreach (var p in type.GetProperties(all)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(all))
        {
            yield return m.ReturnType;
            foreach (var parameter in m.GetParameters()) yield return parameter.ParameterType;
        }
        foreach (var a in type.GetCustomAttributes(false)) yield return a.GetType();
    }
}
