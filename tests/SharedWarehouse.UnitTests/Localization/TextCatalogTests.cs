using System.Globalization;
using System.Text.RegularExpressions;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.Web;

namespace SharedWarehouse.UnitTests.Localization;

public sealed partial class TextCatalogTests
{
    private static readonly CultureInfo English = new("en-US");
    private static readonly CultureInfo Chinese = new("zh-CN");

    public TextCatalogTests()
    {
        TextCatalog.AddFrom(typeof(TextCatalog).Assembly);
        TextCatalog.AddFrom(typeof(ModulesRegistry).Assembly);
        foreach (var module in ModulesRegistry.All) TextCatalog.AddFrom(module.GetType().Assembly);
    }

    [Fact]
    public void Chinese_is_the_key_and_is_shown_as_is_in_zh_CN() => TextCatalog.Translate("请输入手机号", Chinese).ShouldBe("请输入手机号");

    [Fact]
    public void English_comes_from_the_embedded_catalogs_of_every_module()
    {
        TextCatalog.Translate("请输入手机号", English).ShouldNotContain("手机");
        TextCatalog.Translate("开店审核", English).ShouldNotContain("审核");
        TextCatalog.Translate("消息", English).ShouldNotBe("消息");
    }

    [Fact]
    public void A_missing_translation_falls_back_to_the_Chinese_text() =>
        TextCatalog.Translate("这句话没有翻译", English).ShouldBe("这句话没有翻译");

    [Fact]
    public void Every_translation_keeps_the_placeholders_of_its_key()
    {
        var broken = TextCatalog.KeysFor("en-US")
            .Where(key => !Placeholders(key).SequenceEqual(Placeholders(TextCatalog.Translate(key, English))))
            .ToList();

        broken.ShouldBeEmpty();
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order();

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();
}
