using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Web;

namespace SharedWarehouse.UnitTests.Architecture;

/// Dependencies between modules point one way: a module may use the Contracts of modules in lower layers only
/// (IModule.Layer, docs/adr/0012-module-kit.md). Pages that show several modules' data are composed from view components owned
/// by the module whose data they show; a query that must filter or sort across modules keeps a local copy fed
/// by integration events.
public sealed class ModuleLayerTests
{
    /// References that still point upwards, each to be removed (the issue that removes them lists them). The list
    /// may only shrink: a new upward reference fails, and so does one that is gone but still listed here.
    private static readonly HashSet<string> KnownUpward =
    [
        "Accounts → Merchants",   // roles granted on MerchantApplicationApproved
        "Merchants → Catalog",    // the decoration page pulls products
        "Merchants → Ordering",   // shop ratings on the decoration page
        "Catalog → Inventory",    // stock shown on product pages and the merchant list
        "Catalog → Ordering",     // sales counts and consignment lookups
    ];

    private static ModuleLayer LayerOf(string module) => ModulesRegistry.All.Single(m => m.Name == module).Layer;

    private static IEnumerable<(string From, string To)> References() =>
        from module in ModulesRegistry.All
        let assembly = module.GetType().Assembly
        from reference in assembly.GetReferencedAssemblies().Select(a => a.Name!)
        where reference.StartsWith("SharedWarehouse.Modules.", StringComparison.Ordinal) && reference.EndsWith(".Contracts", StringComparison.Ordinal)
        let target = reference["SharedWarehouse.Modules.".Length..^".Contracts".Length]
        where target != module.Name
        select (module.Name, target);

    [Fact]
    public void Modules_use_only_lower_layers_except_the_known_upward_references_which_may_only_shrink()
    {
        var upward = References().Where(r => LayerOf(r.To) >= LayerOf(r.From)).Select(r => $"{r.From} → {r.To}").ToHashSet();
        upward.Except(KnownUpward).ShouldBeEmpty("new references that point up or sideways");
        KnownUpward.Except(upward).ShouldBeEmpty("gone: remove them from KnownUpward");
    }

    [Fact]
    public void No_two_modules_depend_on_each_other_beyond_the_known_upward_references()
    {
        var references = References().ToHashSet();
        var pairs = references.Where(r => references.Contains((r.To, r.From)) && string.CompareOrdinal(r.From, r.To) < 0)
            .Select(r => $"{r.From} ↔ {r.To}").ToList();
        pairs.Count.ShouldBeLessThanOrEqualTo(KnownUpward.Count, string.Join(", ", pairs));
    }
}
