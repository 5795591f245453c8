using System.Text.RegularExpressions;

namespace SharedWarehouse.UnitTests.Architecture;

/// One use case per file, named after its request (`StartStocktake.cs`: the record, its validator, its handler), so a
/// use case is found by its name rather than hidden in a `...Commands.cs` / `...Queries.cs` / `...Actions.cs` bundle.
/// The source files are read as text: a file is a bundle when it declares more than one `...Handler` class.
public sealed partial class FeatureFileTests
{
    /// Files allowed to hold several handlers. The list may only shrink: a new bundle fails the test, and so does a
    /// file still listed here after it was split (take it off the list then).
    /// These three are not bundles of use cases but the internal steps of one process each, sent only by it:
    /// FilterSteps.cs by FilterDropshipOrders, PlacementSteps.cs by PlaceOrder (FailOrder also by the job ending a stuck
    /// placement), KeyedSteps.cs by KeyOfflineOrder (its separate use cases were split out).
    private static readonly string[] Remaining =
    [
        "src/Modules/Dropship/SharedWarehouse.Modules.Dropship/Features/Filter/FilterSteps.cs",
        "src/Modules/Ordering/SharedWarehouse.Modules.Ordering/Features/Checkout/PlacementSteps.cs",
        "src/Modules/Ordering/SharedWarehouse.Modules.Ordering/Features/OfflineOrders/KeyedSteps.cs",
    ];

    [GeneratedRegex(@"class \w+Handler\b")]
    private static partial Regex HandlerClass();

    [Fact]
    public void Only_the_listed_feature_files_hold_more_than_one_handler()
    {
        var root = RepositoryRoot.Directory.FullName;
        var modules = Path.Combine(root, "src", "Modules");
        var bundles = Directory.EnumerateDirectories(modules)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(project => Path.Combine(project, "Features"))
            .Where(Directory.Exists)
            .SelectMany(features => Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories))
            .Where(file => HandlerClass().Matches(File.ReadAllText(file)).Count > 1)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        bundles.ShouldBe(Remaining.Order(StringComparer.Ordinal).ToList());
    }
}
