using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SharedWarehouse.BuildingBlocks.Localization;

/// One catalog for the whole app, so IStringLocalizer&lt;T&gt;, IViewLocalizer and validators agree.
public sealed class CatalogStringLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => Localize(name, []);
    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        TextCatalog.KeysFor(CultureInfo.CurrentUICulture.Name).Select(k => this[k]);

    private static LocalizedString Localize(string name, object[] arguments)
    {
        var text = TextCatalog.Translate(name);
        var value = arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments);
        return new LocalizedString(name, value, resourceNotFound: false);
    }
}

public sealed class CatalogStringLocalizerFactory : IStringLocalizerFactory
{
    private static readonly CatalogStringLocalizer Instance = new();
    public IStringLocalizer Create(Type resourceSource) => Instance;
    public IStringLocalizer Create(string baseName, string location) => Instance;
}
