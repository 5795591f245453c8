using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharedWarehouse.BuildingBlocks.Regions;

public sealed class RegionCatalog : IRegionCatalog
{
    private const string ResourceName = "SharedWarehouse.Regions.json";
    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, IReadOnlyList<Region>> _children;

    private RegionCatalog(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _children = _byCode.Values.Where(r => r.ParentCode is not null).GroupBy(r => r.ParentCode!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Region>)g.OrderBy(r => r.Code, StringComparer.Ordinal).ToList());
        Provinces = _byCode.Values.Where(r => r.ParentCode is null).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Region> Provinces { get; }

    public static RegionCatalog LoadEmbedded()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var rows = JsonSerializer.Deserialize<List<Row>>(stream) ?? [];
        var parents = rows.ToDictionary(r => r.Code, r => r.Parent, StringComparer.Ordinal);
        int Depth(Row row) => row.Parent is null ? 1 : parents.TryGetValue(row.Parent, out var grand) && grand is not null ? 3 : 2;
        return new RegionCatalog(rows.Select(r => new Region(r.Code, r.Name, r.Parent, (RegionLevel)Depth(r))));
    }

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var region) ? region : null;

    public IReadOnlyList<Region> ChildrenOf(string? parentCode) =>
        string.IsNullOrEmpty(parentCode) ? Provinces : _children.GetValueOrDefault(parentCode) ?? [];

    /// The most specific level: a district, or a city that has no districts (东莞市, 中山市, 儋州市).
    public bool IsDistrict(string? code) =>
        Find(code) is { } region && (region.Level == RegionLevel.District || region.Level == RegionLevel.City && !_children.ContainsKey(region.Code));

    public string FullName(string? code) => string.Join(" ", PathOf(code).Select(c => _byCode[c].Name));

    public IReadOnlyList<string> PathOf(string? code)
    {
        var path = new List<string>();
        for (var region = Find(code); region is not null; region = Find(region.ParentCode)) path.Insert(0, region.Code);
        return path;
    }

    private sealed record Row([property: JsonPropertyName("c")] string Code, [property: JsonPropertyName("n")] string Name,
        [property: JsonPropertyName("p")] string? Parent);
}
