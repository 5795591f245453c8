using System.IO.Compression;
using System.Xml;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// The parts of an XLSX package this reader needs, found through the package relationships (never by fixed names:
/// WPS, Numbers and exceljs name and place parts differently). Elements are matched by local name only, so the
/// transitional and the strict ("Strict Open XML") namespaces both read.
internal sealed class XlsxPackage : IDisposable
{
    /// A part bigger than this once unpacked is refused (a zip bomb, not a merchant's sheet).
    private const long MaxPartBytes = 256L * 1024 * 1024;

    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries;

    public XlsxPackage(byte[] content)
    {
        zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries) entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
    }

    public bool Has(string path) => entries.ContainsKey(path);

    public XmlReader? Open(string path)
    {
        if (!entries.TryGetValue(path, out var entry)) return null;
        if (entry.Length > MaxPartBytes) throw new InvalidDataException("part too large");
        return XmlReader.Create(entry.Open(), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
            CheckCharacters = false, CloseInput = true,
        });
    }

    public string? ReadAllText(string path)
    {
        if (!entries.TryGetValue(path, out var entry) || entry.Length > 1024) return null;
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// Relationship id → (type, part path) of a part's .rels, targets resolved against the part's folder.
    public Dictionary<string, (string Type, string Path)> Relationships(string partPath)
    {
        var folder = partPath.Contains('/') ? partPath[..partPath.LastIndexOf('/')] : "";
        var relsPath = (folder.Length > 0 ? folder + "/" : "") + "_rels/" + partPath[(partPath.LastIndexOf('/') + 1)..] + ".rels";
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var xml = Open(relsPath);
        if (xml is null) return result;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship") continue;
            var id = xml.GetAttribute("Id");
            var target = xml.GetAttribute("Target");
            if (id is null || target is null || xml.GetAttribute("TargetMode") == "External") continue;
            result.TryAdd(id, (xml.GetAttribute("Type") ?? "", Resolve(folder, target)));
        }
        return result;
    }

    private static string Resolve(string folder, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var parts = target.StartsWith('/') ? [] : folder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var piece in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (piece != ".") parts.Add(piece);
        }
        return string.Join('/', parts);
    }

    public void Dispose() => zip.Dispose();
}
