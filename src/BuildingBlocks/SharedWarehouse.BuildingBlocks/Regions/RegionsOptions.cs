namespace SharedWarehouse.BuildingBlocks.Regions;

/// Regions:File: a region list in regions.json's format, relative to the data folder (or absolute), used instead of
/// the list built into the app, so a re-zoning published after a release needs a file, not a new version. Checked
/// when the app starts: a missing or broken file stops it with the file and the problem named.
public sealed class RegionsOptions
{
    public const string Section = "Regions";

    public string? File { get; set; }

    public static RegionCatalog Load(RegionsOptions options, string dataPath) =>
        string.IsNullOrWhiteSpace(options.File)
            ? RegionCatalog.LoadEmbedded()
            : RegionCatalog.LoadFile(Path.GetFullPath(Path.Combine(dataPath, options.File)));
}
