using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.BuildingBlocks.Uploads;

/// Uploaded files live outside wwwroot under generated names ("merchants/2026/11/0193….jpg"); only
/// controllers that first check who may see the owning record stream them back.
public interface IFileStore
{
    Task<string> SaveAsync(string folder, ReadOnlyMemory<byte> content, string extension, CancellationToken ct);
    Stream? OpenRead(string storedName);

    /// Removes a stored file; a name that is not there (deleted before) is not an error.
    void Delete(string storedName);
}

public sealed class LocalFileStore(IOptions<StorageOptions> storage, TimeProvider time) : IFileStore
{
    private readonly string _root = Path.GetFullPath(storage.Value.UploadsPath);

    public async Task<string> SaveAsync(string folder, ReadOnlyMemory<byte> content, string extension, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var relative = Path.Combine(folder, now.ToString("yyyy"), now.ToString("MM"), Guid.CreateVersion7().ToString("N") + extension)
            .Replace('\\', '/');
        var full = Resolve(relative) ?? throw new ArgumentException("Invalid folder.", nameof(folder));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await file.WriteAsync(content, ct);
        return relative;
    }

    public Stream? OpenRead(string storedName)
    {
        var full = Resolve(storedName);
        return full is not null && File.Exists(full) ? File.OpenRead(full) : null;
    }

    public void Delete(string storedName)
    {
        var full = Resolve(storedName);
        if (full is not null && File.Exists(full)) File.Delete(full);
    }

    /// Refuses anything that would leave the uploads folder (../, absolute paths).
    private string? Resolve(string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative)) return null;
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
