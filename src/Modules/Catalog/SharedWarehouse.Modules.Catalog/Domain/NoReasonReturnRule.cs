namespace SharedWarehouse.Modules.Catalog.Domain;

/// Whether a category allows 七天无理由退货: its own setting, else the nearest ancestor's that has one, else allowed
/// (the rule before categories had a setting). An unknown category, or a parent chain that loops, also ends as allowed:
/// refusing a buyer's legal right needs an explicit setting somewhere above the product.
public static class NoReasonReturnRule
{
    public readonly record struct Node(Guid? ParentId, bool? NoReasonReturns);

    public static bool Allows(Guid categoryId, IReadOnlyDictionary<Guid, Node> tree)
    {
        var seen = new HashSet<Guid>();
        for (Guid? id = categoryId; id is { } current && seen.Add(current) && tree.TryGetValue(current, out var node); id = node.ParentId)
            if (node.NoReasonReturns is { } own) return own;
        return true;
    }
}
