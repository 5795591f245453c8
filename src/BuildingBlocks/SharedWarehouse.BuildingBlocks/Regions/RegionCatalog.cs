using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharedWarehouse.BuildingBlocks.Regions;

public sealed class RegionCatalog : IRegionCatalog
{
    // The LogicalName set in the project file, so moving the folder or renaming the assembly keeps it.
    private const string ResourceName = "SharedWarehouse.Regions.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // A row without "c" or "n" is a broken regions.json: fail at start-up, not on some later page.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private readonly FrozenDictionary<string, Region> _byCode;
    private readonly FrozenDictionary<string, IReadOnlyList<Region>> _children;

    public RegionCatalog() : this(ReadEmbedded())
    {
    }

    private RegionCatalog(IReadOnlyList<Row> rows)
    {
        var parents = new Dictionary<string, string?>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!parents.TryAdd(row.Code, row.Parent))
            {
                throw new InvalidDataException($"Region {row.Code} appears twice in {ResourceName}.");
            }
        }

        _byCode = rows.ToFrozenDictionary(
            row => row.Code, row => new Region(row.Code, row.Name, row.Parent, LevelOf(row.Code, parents)), StringComparer.Ordinal);
        _children = _byCode.Values.Where(r => r.ParentCode is not null).GroupBy(r => r.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => SortedByCode(g), StringComparer.Ordinal);
        Provinces = SortedByCode(_byCode.Values.Where(r => r.Level == RegionLevel.Province));
    }

    public IReadOnlyList<Region> Provinces { get; }

    public static RegionCatalog LoadEmbedded() => new();

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var region) ? region : null;

    public IReadOnlyList<Region> ChildrenOf(string? parentCode) =>
        string.IsNullOrEmpty(parentCode) ? Provinces : _children.GetValueOrDefault(parentCode) ?? [];

    public bool IsDistrict(string? code) =>
        Find(code) is { } region
        && (region.Level == RegionLevel.District || (region.Level == RegionLevel.City && !_children.ContainsKey(region.Code)));

    public string FullName(string? code) => string.Join(' ', PathOf(code).Select(c => _byCode[c].Name));

    public IReadOnlyList<string> PathOf(string? code)
    {
        var path = new List<string>(3);
        for (var region = Find(code); region is not null; region = Find(region.ParentCode))
        {
            path.Add(region.Code);
        }

        path.Reverse();
        return path;
    }

    // From the parent chain rather than the code's trailing zeros, so Level always agrees with what
    // PathOf and ChildrenOf walk, whatever grouping rows (市辖区, 省直辖县级行政区划) the data has.
    private static RegionLevel LevelOf(string code, Dictionary<string, string?> parents)
    {
        var level = 1;
        for (var parent = parents[code]; parent is not null; level++)
        {
            if (!parents.TryGetValue(parent, out var grandparent))
            {
                throw new InvalidDataException($"Region {code} has parent {parent}, which {ResourceName} lacks.");
            }

            // Also stops a parent cycle, which would otherwise never reach a province.
            if (level == (int)RegionLevel.District)
            {
                throw new InvalidDataException($"Region {code} is nested deeper than a district.");
            }

            parent = grandparent;
        }

        return (RegionLevel)level;
    }

    private static IReadOnlyList<Region> SortedByCode(IEnumerable<Region> regions) =>
        regions.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();

    private static List<Row> ReadEmbedded()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<List<Row>>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{ResourceName} is empty.");
    }

    private sealed record Row(
        [property: JsonPropertyName("c")] string Code,
        [property: JsonPropertyName("n")] string Name,
        [property: JsonPropertyName("p")] string? Parent = null);
}
