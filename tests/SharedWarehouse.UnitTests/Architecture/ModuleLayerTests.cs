using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Web;

namespace SharedWarehouse.UnitTests.Architecture;

/// Dependencies between modules point one way: a module may use the Contracts of modules in lower layers only
/// (IModule.Layer, docs/adr/0012-module-kit.md). Pages that show several modules' data are composed from view components owned
/// by the module whose data they show; a query that must filter or sort across modules keeps a local copy fed
/// by integration events; a lower module that must ask a higher one something owns the question (an interface or
/// an event in its own Contracts) and the higher module answers it.
public sealed class ModuleLayerTests
{
    private static ModuleLayer LayerOf(string module) => ModulesRegistry.All.Single(m => m.Name == module).Layer;

    private const string Prefix = "SharedWarehouse.Modules.";

    /// What each module uses of other modules: the Contracts its compiled assembly references and those its project
    /// file names (a reference nothing uses yet still couples the build).
    private static IEnumerable<(string From, string To)> References() =>
        (from module in ModulesRegistry.All
         let compiled = module.GetType().Assembly.GetReferencedAssemblies().Select(a => a.Name!)
         let project = ProjectReferences(module.Name)
         from reference in compiled.Concat(project)
         where reference.StartsWith(Prefix, StringComparison.Ordinal) && reference.EndsWith(".Contracts", StringComparison.Ordinal)
         let target = reference[Prefix.Length..^".Contracts".Length]
         where target != module.Name
         select (module.Name, target)).Distinct();

    private static IEnumerable<string> ProjectReferences(string module)
    {
        var file = Path.Combine(RepositoryRoot.Directory.FullName, "src", "Modules", module, $"{Prefix}{module}", $"{Prefix}{module}.csproj");
        return System.Xml.Linq.XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
    }

    [Fact]
    public void Modules_use_only_the_contracts_of_lower_layers()
    {
        var upward = References().Where(r => LayerOf(r.To) >= LayerOf(r.From)).Select(r => $"{r.From} → {r.To} ({LayerOf(r.From)} → {LayerOf(r.To)})").ToList();
        upward.ShouldBeEmpty("references that point up or sideways: ask through a port in the lower module's Contracts, or compose the page from a view component of the module that owns the data");
    }

    [Fact]
    public void No_two_modules_depend_on_each_other()
    {
        var references = References().ToHashSet();
        var pairs = references.Where(r => references.Contains((r.To, r.From)) && string.CompareOrdinal(r.From, r.To) < 0)
            .Select(r => $"{r.From} ↔ {r.To}").ToList();
        pairs.ShouldBeEmpty();
    }

    /// The check above reads compiled references; this one makes sure it sees some, so that it cannot pass by reading
    /// nothing (e.g. if the Contracts naming changed).
    [Fact]
    public void The_references_it_checks_are_there()
    {
        References().ShouldContain(("Ordering", "Catalog"));
        References().ShouldContain(("Catalog", "Merchants"));
    }
}
