using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.Modules.Courier.Features;

/// Region codes as a courier writes them: "上海市 徐汇区", not "上海市 市辖区 徐汇区". GB/T 2260 has grouping rows that
/// are no place names: the city level of the four municipalities (11, 12, 31, 50) and "directly administered
/// county-level divisions" (xx9000).
internal static class RegionNames
{
    private static readonly string[] Municipalities = ["11", "12", "31", "50"];

    public static IReadOnlyList<string> Of(IRegionCatalog regions, string? code) =>
        regions.PathOf(code).Where(c => !IsGrouping(c)).Select(c => regions.Find(c)!.Name).ToList();

    /// "上海市 徐汇区 漕溪北路 88 号"
    public static string Address(IRegionCatalog regions, string regionCode, string street) =>
        string.Join(' ', Of(regions, regionCode).Append(street).Where(s => s.Length > 0));

    /// The city: "广州市" for 天河区, "上海市" for 徐汇区; the code itself when unknown.
    public static string City(IRegionCatalog regions, string regionCode)
    {
        var path = regions.PathOf(regionCode);
        if (path.Count == 0) return regionCode;
        var code = path.Count >= 2 && !IsGrouping(path[1]) ? path[1] : path[0];
        return regions.Find(code)!.Name;
    }

    private static bool IsGrouping(string code) =>
        code.Length == 6 && (code.EndsWith("9000", StringComparison.Ordinal)
                             || (Municipalities.Contains(code[..2]) && code[2..] is not "0000" && code[4..] == "00"));
}
