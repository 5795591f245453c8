namespace SharedWarehouse.BuildingBlocks.Regions;

/// A district (or a city without districts, 东莞市) found from names as a marketplace export writes them.
/// Town: the district column's text when the city has no districts and the column named none (东莞市 长安镇,
/// 仙桃市 郑场镇): a town or street, which belongs at the front of the address detail rather than being lost.
public sealed record RegionMatch(string DistrictCode, string? Town = null);

/// A one-cell address split into its district code and the rest ("文三路 1号"), postal code removed.
public sealed record AddressMatch(string DistrictCode, string Detail);
