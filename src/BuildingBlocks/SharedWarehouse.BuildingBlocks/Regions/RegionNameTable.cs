namespace SharedWarehouse.BuildingBlocks.Regions;

/// Names → regions for one level under one parent. An entry written with an alias's name points at the alias's
/// successor, and is only used when no current name fits.
internal sealed class RegionNameTable
{
    private readonly Dictionary<string, List<Entry>> _byName = new(StringComparer.Ordinal);
    private int _longest;

    public readonly record struct Entry(Region Target, bool Short, bool ViaAlias);

    public void Add(string name, Entry entry)
    {
        if (!_byName.TryGetValue(name, out var entries))
        {
            _byName[name] = entries = [];
        }

        if (!entries.Contains(entry))
        {
            entries.Add(entry);
        }

        _longest = Math.Max(_longest, name.Length);
    }

    public void AddRegion(Region region, Region target, bool viaAlias)
    {
        foreach (var (name, isShort) in RegionNameVariants.Of(region.Name, region.Level))
        {
            Add(name, new Entry(target, isShort, viaAlias));
        }
    }

    public IReadOnlyList<Entry> Exact(string name) => _byName.GetValueOrDefault(name) ?? [];

    /// Every name that starts at `start`, longest first, with the position just after it.
    public IEnumerable<(Entry Entry, int End)> Prefixes(string text, int start)
    {
        for (var length = Math.Min(_longest, text.Length - start); length > 0; length--)
        {
            if (_byName.TryGetValue(text.Substring(start, length), out var entries))
            {
                foreach (var entry in entries)
                {
                    yield return (entry, start + length);
                }
            }
        }
    }

    /// The one region a name stands for: current names win over aliases' names; two regions → none.
    public static Region? Unique(IReadOnlyList<Entry> entries)
    {
        var preferred = entries.Any(e => !e.ViaAlias) ? entries.Where(e => !e.ViaAlias) : entries;
        var targets = preferred.Select(e => e.Target).DistinctBy(r => r.Code).Take(2).ToList();
        return targets.Count == 1 ? targets[0] : null;
    }
}
