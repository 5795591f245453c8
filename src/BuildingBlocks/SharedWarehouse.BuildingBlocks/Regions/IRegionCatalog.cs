namespace SharedWarehouse.BuildingBlocks.Regions;

// Mainland province / city / district codes (GB/T 2260) as shipped in regions.json. Every method takes
// whatever a form posted, so null, empty and unknown codes give "nothing" rather than throwing.
public interface IRegionCatalog
{
    IReadOnlyList<Region> Provinces { get; }

    Region? Find(string? code);

    // Null or empty gives the provinces, so a picker asks the same way for every level.
    IReadOnlyList<Region> ChildrenOf(string? parentCode);

    // True for the level an address ends at: a district, or a city that has none (东莞, 中山, 儋州).
    bool IsDistrict(string? code);

    // "浙江省 杭州市 西湖区"; empty for an unknown code.
    string FullName(string? code);

    // Codes from the province down to the code itself; empty for an unknown code.
    IReadOnlyList<string> PathOf(string? code);
}
