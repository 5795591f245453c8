using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace SharedWarehouse.BuildingBlocks.Localization;

/// UI text is written in zh-CN (the default culture) and that text is the key; each assembly may embed
/// `*.i18n.en-US.json` ({"中文": "English"}) with its English translations. A missing translation falls
/// back to the Chinese text, which is visible in review instead of a crash.
public static class TextCatalog
{
    public const string DefaultCulture = "zh-CN";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en-US"];

    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> ByCulture = new();
    private static readonly ConcurrentDictionary<Assembly, bool> Loaded = new();

    public static void AddFrom(Assembly assembly)
    {
        if (!Loaded.TryAdd(assembly, true)) return;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".i18n.", StringComparison.Ordinal)))
        {
            var culture = name[(name.IndexOf(".i18n.", StringComparison.Ordinal) + 6)..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            var target = ByCulture.GetOrAdd(culture, _ => new(StringComparer.Ordinal));
            foreach (var (key, value) in entries) target[key] = value;
        }
    }

    public static string Translate(string key, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        if (culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return key;
        return ByCulture.TryGetValue(culture.Name, out var map) && map.TryGetValue(key, out var text) ? text : key;
    }

    public static IReadOnlyCollection<string> KeysFor(string culture) =>
        ByCulture.TryGetValue(culture, out var map) ? map.Keys.ToArray() : [];
}
