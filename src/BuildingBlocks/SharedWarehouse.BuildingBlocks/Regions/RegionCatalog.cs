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
        // A row without "c" or "n" is a broken list: fail at start-up, not on some later page.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private readonly FrozenDictionary<string, Region> _byCode;
    private readonly FrozenDictionary<string, IReadOnlyList<Region>> _children;
    private readonly RegionNameIndex _names;

    public RegionCatalog() : this(ReadEmbedded(), ResourceName)
    {
    }

    private RegionCatalog(IReadOnlyList<Row> rows, string source)
    {
        _byCode = RegionRows.Validate(rows.Select(r => r.ToRegionRow()).ToList(), source)
            .ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        // Aliases are reachable by Find (old addresses) and never listed as anybody's child (pickers).
        _children = _byCode.Values.Where(r => r.ParentCode is not null && !r.IsAlias).GroupBy(r => r.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => SortedByCode(g), StringComparer.Ordinal);
        Provinces = SortedByCode(_byCode.Values.Where(r => r.Level == RegionLevel.Province && !r.IsAlias));
        Aliases = SortedByCode(_byCode.Values.Where(r => r.IsAlias));
        _names = new RegionNameIndex(Provinces, Aliases, ChildrenOf, Find);
    }

    public IReadOnlyList<Region> Provinces { get; }

    public IReadOnlyList<Region> Aliases { get; }

    public static RegionCatalog LoadEmbedded() => new();

    /// A list in regions.json's format from a file (Regions:File), checked as strictly as the shipped one.
    public static RegionCatalog LoadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return new RegionCatalog(Read(stream, path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidDataException($"The region list {path} cannot be read: {e.Message}", e);
        }
    }

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var region) ? region : null;

    public IReadOnlyList<Region> ChildrenOf(string? parentCode) =>
        string.IsNullOrEmpty(parentCode) ? Provinces : _children.GetValueOrDefault(parentCode) ?? [];

    public bool IsDistrict(string? code) =>
        Find(code) is { IsAlias: false } region
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

    public RegionMatch? MatchNames(string? province, string? city, string? district) => _names.MatchNames(province, city, district);

    public AddressMatch? SplitAddress(string? oneCellAddress) => _names.SplitAddress(oneCellAddress);

    private static IReadOnlyList<Region> SortedByCode(IEnumerable<Region> regions) =>
        regions.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();

    private static List<Row> ReadEmbedded()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Read(stream, ResourceName);
    }

    private static List<Row> Read(Stream stream, string source) =>
        JsonSerializer.Deserialize<List<Row>>(stream, JsonOptions) ?? throw new InvalidDataException($"{source} is empty.");

    private sealed record Row(
        [property: JsonPropertyName("c")] string Code,
        [property: JsonPropertyName("n")] string Name,
        [property: JsonPropertyName("p")] string? Parent = null,
        [property: JsonPropertyName("a")] bool Alias = false,
        [property: JsonPropertyName("s")] string? Successor = null)
    {
        public RegionRows.Row ToRegionRow() => new(Code, Name, Parent, Alias, Successor);
    }
}
