using SharedWarehouse.Modules.Catalog.Features.Queries;

namespace SharedWarehouse.Modules.Catalog.Web;

/// A category's full path ("服装 › 女装 › 连衣裙"): what the editor's category search shows and matches, so that two
/// categories of the same name under different parents can be told apart.
public static class CategoryPaths
{
    public const string Separator = " › ";

    public static Dictionary<Guid, string> Of(IReadOnlyList<CategoryNode> tree)
    {
        var byId = tree.ToDictionary(c => c.Id);
        var paths = new Dictionary<Guid, string>();
        foreach (var node in tree)
        {
            var names = new List<string>();
            // The depth bound guards against a (corrupt) cycle in the parent links.
            for (var c = node; c is not null && names.Count <= tree.Count; c = c.ParentId is { } p ? byId.GetValueOrDefault(p) : null) names.Insert(0, c.Name);
            paths[node.Id] = string.Join(Separator, names);
        }
        return paths;
    }
}
