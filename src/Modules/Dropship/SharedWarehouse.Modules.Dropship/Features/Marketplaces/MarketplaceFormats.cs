using System.Text.Json;
using System.Text.Json.Serialization;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// The marketplaces' file formats as data (marketplaces.json, embedded): export headers with the aliases seen across
/// versions, the statuses that mean "waiting to ship", the bulk-ship (批量发货) upload columns and each platform's
/// carrier names. Kept out of code so a platform renaming a column is a one-line data change; where each came from
/// is in README.md next to the file.
public sealed class MarketplaceFormats
{
    private const string ResourceName = "SharedWarehouse.Dropship.Marketplaces.json";

    private static readonly Lazy<MarketplaceFormats> Loaded = new(Load);

    public static MarketplaceFormats Current => Loaded.Value;

    private MarketplaceFormats(Data data)
    {
        Layouts = data.Layouts.Select(l => new LayoutDefinition(l.Key, l.Platform, l.Part, l.Signature,
            l.Fields.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value), l.ToShip)).ToList();
        AfterSaleClear = data.AfterSaleClear;
        Platforms = data.Platforms;
        Carriers = data.Carriers;
        Spec = data.Spec;
    }

    /// The platforms' own exports, in the order they are tried.
    public IReadOnlyList<LayoutDefinition> Layouts { get; }

    /// After-sales states that leave a line to ship (none, closed, refused...): matched as parts of the cell.
    public IReadOnlyList<string> AfterSaleClear { get; }

    public SpecWords Spec { get; }

    private IReadOnlyDictionary<MarketplacePlatform, PlatformData> Platforms { get; }
    private IReadOnlyList<CarrierData> Carriers { get; }

    /// The shop name intake records when the export names none.
    public string ChannelOf(MarketplacePlatform platform) => Platforms[platform].Channel;

    /// The header of the platform's bulk-ship upload: order id, carrier, tracking number.
    public IReadOnlyList<string> TrackingColumns(MarketplacePlatform platform) => Platforms[platform].Tracking;

    /// Our carrier's name as the platform's carrier list spells it; a carrier the table does not know keeps its name.
    public string CarrierName(MarketplacePlatform platform, string carrier)
    {
        var known = Carriers.FirstOrDefault(c => c.Match.Any(m => carrier.Contains(m, StringComparison.OrdinalIgnoreCase)));
        return known?.Names.GetValueOrDefault(platform) ?? carrier;
    }

    private static MarketplaceFormats Load()
    {
        using var stream = typeof(MarketplaceFormats).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            RespectNullableAnnotations = true,
            Converters = { new JsonStringEnumConverter() },
        };
        return new MarketplaceFormats(JsonSerializer.Deserialize<Data>(stream, options) ?? throw new InvalidDataException($"{ResourceName} is empty."));
    }

    private sealed record Data(IReadOnlyList<LayoutData> Layouts, IReadOnlyList<string> AfterSaleClear,
        IReadOnlyDictionary<MarketplacePlatform, PlatformData> Platforms, IReadOnlyList<CarrierData> Carriers, SpecWords Spec);

    private sealed record LayoutData(string Key, MarketplacePlatform Platform, LayoutPart Part, IReadOnlyList<string> Signature,
        IReadOnlyDictionary<OrderField, IReadOnlyList<string>> Fields, IReadOnlyList<string> ToShip);

    private sealed record PlatformData(string Channel, IReadOnlyList<string> Tracking);

    private sealed class CarrierData
    {
        public IReadOnlyList<string> Match { get; init; } = [];
        /// The other properties are the platforms' names for the carrier ("Taobao": "顺丰速运").
        [JsonExtensionData]
        public Dictionary<string, JsonElement> Extra { get; init; } = [];

        public IReadOnlyDictionary<MarketplacePlatform, string> Names => Extra
            .Where(e => Enum.TryParse<MarketplacePlatform>(e.Key, out _))
            .ToDictionary(e => Enum.Parse<MarketplacePlatform>(e.Key), e => e.Value.GetString() ?? "");
    }
}

/// The words that tell colour from size in a spec cell ("颜色分类：黑色；尺码：XL"): keys before a colon, and parts of
/// bare values that only sizes have ("M码", "110cm", "3岁").
public sealed record SpecWords(IReadOnlyList<string> ColourKeys, IReadOnlyList<string> SizeKeys, IReadOnlyList<string> SizeWords);
