using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.UnitTests.Catalog;

public sealed class ContentCheckerTests
{
    [Theory]
    [InlineData("全国第一的白酒", "第一")]
    [InlineData("国家级非遗工艺", "国家级")]
    [InlineData("顶级口感", "顶级")]
    [InlineData("本店最佳之选", "最佳")]
    public void Absolute_terms_of_the_advertising_law_are_found(string text, string term)
    {
        var findings = ContentChecker.CheckTexts(new ContentRules(), [new("描述", text)]);

        findings.ShouldContain(f => f.Kind == FindingKind.AbsoluteTerm && f.Term == term && f.Field == "描述");
    }

    [Fact]
    public void Prohibited_goods_are_found()
    {
        var findings = ContentChecker.CheckTexts(new ContentRules(), [new("名称", "仿真枪支模型")]);

        findings.ShouldContain(f => f.Kind == FindingKind.ProhibitedGoods && f.Term == "枪支");
    }

    [Fact]
    public void Clean_text_has_no_findings()
    {
        ContentChecker.CheckTexts(new ContentRules(), [new("名称", "清香型白酒 500ml"), new("描述", null)]).ShouldBeEmpty();
    }

    [Fact]
    public void Configured_lists_replace_the_defaults()
    {
        var rules = new ContentRules { AbsoluteTerms = ["特供"] };

        ContentChecker.CheckTexts(rules, [new("名称", "特供酒")]).ShouldContain(f => f.Term == "特供");
        ContentChecker.CheckTexts(rules, [new("名称", "第一")]).ShouldBeEmpty();
        ContentChecker.CheckTexts(rules, [new("名称", "毒品")]).ShouldContain(f => f.Kind == FindingKind.ProhibitedGoods);
    }

    [Fact]
    public void Duplicate_images_in_the_product_and_in_the_shop_are_found()
    {
        ProductImage Image(string hash, int order, int width = 400) => new($"{hash}.png", hash, 1000, width, 400, "Png", order);

        var findings = ContentChecker.CheckImages([Image("a", 1), Image("a", 2), Image("b", 3), Image("c", 4, width: 100)], new HashSet<string> { "b" });

        findings.Count(f => f.Kind == FindingKind.DuplicateImage).ShouldBe(2);
        findings.ShouldContain(f => f.Kind == FindingKind.Image && f.Field == "图片 4");
    }
}
