using System.Text.Json;

namespace SharedWarehouse.BuildingBlocks.Regions;

/// The words of Chinese place names the matcher knows (suffixes, grouping rows, the 55 minority peoples as they
/// appear in autonomous area names), kept as data in region-name-rules.json beside regions.json: they are
/// vocabulary, not UI text, and a new suffix is a data change.
internal sealed record RegionNameRules(
    string[] GroupingNames,
    string[] DirectlyGovernedWords,
    string[] ProvinceSuffixes,
    string[] CitySuffixes,
    string[] CountySuffixes,
    string[] AutonomousSuffixes,
    string PrefectureSuffix,
    string PrefectureShortSuffix,
    string PeopleSuffix,
    string[] Peoples)
{
    private const string ResourceName = "SharedWarehouse.RegionNameRules.json";

    public static RegionNameRules Shipped { get; } = Load();

    private static RegionNameRules Load()
    {
        using var stream = typeof(RegionNameRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<RegionNameRules>(stream, new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        }) ?? throw new InvalidDataException($"{ResourceName} is empty.");
    }
}
