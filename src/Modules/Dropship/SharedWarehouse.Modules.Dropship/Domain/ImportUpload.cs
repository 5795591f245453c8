using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SharedWarehouse.Modules.Dropship.Domain;

/// One stored file of an upload: its generated name in the file store (never a path the browser chose) and the
/// name the merchant's computer gave it (shown back, and to tell Taobao's two reports apart in messages).
public sealed record StoredSheet(string StoredName, string FileName, long Length);

/// An order file (or Taobao's pair) uploaded for import, kept between the preview and the merchant's confirmation.
/// The confirmation re-reads these bytes: nothing parsed is ever posted back by the browser. Expires after a while;
/// a job deletes expired and used uploads with their files.
public sealed class ImportUpload
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// File names stay readable (and short) in the 2,000-character column.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private ImportUpload() { }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid ShopId { get; private init; }
    /// The stored files (JSON array of StoredSheet), one or Taobao's two.
    public string FilesJson { get; private init; } = "[]";
    public DateTime CreatedUtc { get; private init; }
    public DateTime ExpiresUtc { get; private init; }
    /// Set when the merchant confirmed the import (once: a second confirmation is refused).
    public DateTime? ConsumedUtc { get; private set; }

    public IReadOnlyList<StoredSheet> Files => JsonSerializer.Deserialize<StoredSheet[]>(FilesJson) ?? [];

    public static ImportUpload Of(Guid shopId, IReadOnlyList<StoredSheet> files, DateTime now) =>
        new() { ShopId = shopId, FilesJson = JsonSerializer.Serialize(files, Json), CreatedUtc = now, ExpiresUtc = now + Lifetime };

    public bool IsExpired(DateTime now) => now >= ExpiresUtc;
}
