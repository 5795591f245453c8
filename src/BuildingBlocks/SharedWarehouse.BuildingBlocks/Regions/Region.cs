namespace SharedWarehouse.BuildingBlocks.Regions;

public enum RegionLevel { Province = 1, City = 2, District = 3 }

public sealed record Region(string Code, string Name, string? ParentCode, RegionLevel Level);
