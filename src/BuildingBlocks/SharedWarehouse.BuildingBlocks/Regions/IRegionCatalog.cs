namespace SharedWarehouse.BuildingBlocks.Regions;

// Mainland province / city / district codes (GB/T 2260) as shipped in regions.json or loaded from Regions:File.
// Every method takes whatever a form or a file posted, so null, empty and unknown input gives "nothing" rather
// than throwing.
public interface IRegionCatalog
{
    IReadOnlyList<Region> Provinces { get; }

    // Current regions and aliases (old codes that changed) alike, so an old address still shows its name.
    Region? Find(string? code);

    // Null or empty gives the provinces, so a picker asks the same way for every level. Never lists an alias.
    IReadOnlyList<Region> ChildrenOf(string? parentCode);

    // True for the level an address ends at: a district, or a city that has none (东莞, 中山, 儋州); false for
    // an alias, so a new address cannot be given a code that no longer exists.
    bool IsDistrict(string? code);

    // "浙江省 杭州市 西湖区"; empty for an unknown code.
    string FullName(string? code);

    // Codes from the province down to the code itself; empty for an unknown code.
    IReadOnlyList<string> PathOf(string? code);

    // The district named by separate columns (抖店, 拼多多: "浙江省" "杭州市" "西湖区"); short names, municipalities
    // written twice and counties governed by the province (河南省 济源市) included. Null when the names fit no
    // current district or fit more than one.
    RegionMatch? MatchNames(string? province, string? city, string? district);

    // The district and the rest of a one-cell address ("浙江省 杭州市 西湖区 文三路 1号(310000)" or without spaces),
    // the postal code removed from the detail. Null when the start fits no current district or more than one.
    AddressMatch? SplitAddress(string? oneCellAddress);
}
