namespace SharedWarehouse.BuildingBlocks.Regions;

/// Mainland province / city / district codes (GB/T 2260), shipped with the app.
public interface IRegionCatalog
{
    IReadOnlyList<Region> Provinces { get; }
    Region? Find(string? code);
    IReadOnlyList<Region> ChildrenOf(string? parentCode);
    /// True for the most specific level a user can pick: a district, or a city without districts.
    bool IsDistrict(string? code);
    string FullName(string? code);
    IReadOnlyList<string> PathOf(string? code);
}
