namespace SharedWarehouse.BuildingBlocks.Regions;

public enum RegionLevel { Province = 1, City = 2, District = 3 }

/// IsAlias: a code that was in use and has since been abolished, renamed or merged (or was never a GB/T 2260 code,
/// like the statistics bureau's development zones the earlier list carried). Old addresses keep showing its name;
/// pickers never list it and IsDistrict is false for it, so no new address can choose it. SuccessorCode: the
/// current region that took it over, where one did (西沙群岛 → 西沙区).
public sealed record Region(
    string Code, string Name, string? ParentCode, RegionLevel Level, bool IsAlias = false, string? SuccessorCode = null);
