namespace SharedWarehouse.UnitTests.Architecture;

/// The checkout the tests run from: the folder holding SharedWarehouse.sln, above the test binaries.
internal static class RepositoryRoot
{
    public static DirectoryInfo Directory { get; } = Find();

    private static DirectoryInfo Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SharedWarehouse.sln"))) return dir;
        throw new InvalidOperationException("SharedWarehouse.sln not found above " + AppContext.BaseDirectory);
    }
}
