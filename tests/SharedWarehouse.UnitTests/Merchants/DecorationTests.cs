using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.UnitTests.Merchants;

public sealed class DecorationTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Shop = Guid.CreateVersion7();
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid[] Products = [.. Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7())];
    private static readonly IReadOnlySet<Guid> OnSale = Products.ToHashSet();

    private static ShopDecoration Started(string template = ShopTemplates.Classic) => ShopDecoration.Start(Shop, template, Now).Value;

    private static DecorationContent Content(string intro = "老字号酒行", params DecorationBanner[] banners) =>
        DecorationContent.Empty(ShopTemplates.Flagship) with { Intro = intro, LogoImage = "shop-decorations/logo.png", Banners = banners };

    private static DecorationBanner Banner(string link = "/products/1", int order = 1) => new(Guid.CreateVersion7(), "shop-decorations/b.png", link, order);

    [Fact]
    public void There_are_at_least_three_templates_with_distinct_keys()
    {
        ShopTemplates.All.Count.ShouldBeGreaterThanOrEqualTo(3);
        ShopTemplates.All.Select(t => t.Key).Distinct().Count().ShouldBe(ShopTemplates.All.Count);
    }

    [Fact]
    public void An_unknown_template_is_refused()
    {
        ShopDecoration.Start(Shop, "nope", Now).Errors.Single().Field.ShouldBe("TemplateKey");
        Started().ChooseTemplate("nope", Now).Errors.Single().Field.ShouldBe("TemplateKey");
    }

    [Theory]
    [InlineData("/products/0193")]
    [InlineData("/shops/abc?tab=hot")]
    [InlineData("https://example.com/sale")]
    public void Site_paths_and_https_addresses_are_valid_links(string link) => DecorationContent.IsValidLink(link).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("products/1")]
    [InlineData("//evil.example/x")]
    [InlineData("http://example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("https://")]
    [InlineData("https://user:pw@example.com")]
    [InlineData("/a b")]
    [InlineData("/\\evil.example")]
    [InlineData(" /products/1")]
    public void Anything_else_is_not_a_valid_link(string link) => DecorationContent.IsValidLink(link).ShouldBeFalse();

    [Fact]
    public void A_bad_link_or_too_long_intro_refuses_the_whole_draft()
    {
        var decoration = Started();
        var before = decoration.DraftJson;

        var refused = decoration.SaveDraft(Content(new string('字', DecorationContent.MaxIntroLength + 1), Banner("javascript:alert(1)")), OnSale, Now);

        refused.Errors.Select(e => e.Field).ShouldBe(["Intro", "Banners"], ignoreOrder: true);
        decoration.DraftJson.ShouldBe(before);
    }

    [Fact]
    public void At_most_six_banners()
    {
        var banners = Enumerable.Range(1, DecorationContent.MaxBanners + 1).Select(i => Banner(order: i)).ToArray();

        Started().SaveDraft(Content(banners: banners), OnSale, Now).Errors.ShouldContain(e => e.Field == "Banners");
    }

    [Fact]
    public void Banners_are_kept_in_carousel_order()
    {
        var decoration = Started();
        var third = Banner("/c", 3);
        var first = Banner("/a", 1);
        var second = Banner("/b", 2);

        decoration.SaveDraft(Content("x", third, first, second), OnSale, Now).IsSuccess.ShouldBeTrue();

        decoration.Draft.Banners.Select(b => b.Link).ShouldBe(["/a", "/b", "/c"]);
    }

    [Fact]
    public void Only_own_products_on_sale_can_be_chosen_and_within_the_limits()
    {
        var decoration = Started();
        var elsewhere = Guid.CreateVersion7();

        decoration.SaveDraft(Content() with { HotProductIds = [Products[0], elsewhere] }, OnSale, Now)
            .Errors.ShouldContain(e => e.Field == "HotProductIds" && e.Message == "只能选择本店在售的商品");
        decoration.SaveDraft(Content() with { HotProductIds = Products[..13] }, OnSale, Now)
            .Errors.ShouldContain(e => e.Field == "HotProductIds");
        decoration.SaveDraft(Content() with { FeaturedProductIds = Products[..5] }, OnSale, Now)
            .Errors.ShouldContain(e => e.Field == "FeaturedProductIds");
        decoration.SaveDraft(Content() with { FeaturedProductIds = [Products[1], Products[1]] }, OnSale, Now)
            .Errors.ShouldContain(e => e.Field == "FeaturedProductIds");
        decoration.SaveDraft(Content() with { HotProductIds = Products[..12], FeaturedProductIds = Products[..4] }, OnSale, Now)
            .IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Publishing_freezes_the_draft_as_a_numbered_version_with_who_and_when()
    {
        var decoration = Started();
        decoration.SaveDraft(Content("第一版"), OnSale, Now).IsSuccess.ShouldBeTrue();

        decoration.Publish(Owner, OnSale, Now.AddMinutes(1)).Value.ShouldBe(1);
        decoration.SaveDraft(Content("第二版"), OnSale, Now.AddMinutes(2)).IsSuccess.ShouldBeTrue();

        decoration.Published!.Content.Intro.ShouldBe("第一版"); // the draft is not visible until published
        decoration.HasUnpublishedChanges.ShouldBeTrue();
        decoration.Publish(Owner, OnSale, Now.AddMinutes(3)).Value.ShouldBe(2);
        decoration.Versions.Select(v => (v.Number, v.Content.Intro, v.PublishedBy, v.PublishedUtc))
            .ShouldBe([(1, "第一版", Owner, Now.AddMinutes(1)), (2, "第二版", Owner, Now.AddMinutes(3))]);
    }

    [Fact]
    public void Publishing_an_unchanged_draft_adds_no_version()
    {
        var decoration = Started();
        decoration.Publish(Owner, OnSale, Now).Value.ShouldBe(1);

        decoration.Publish(Owner, OnSale, Now).Value.ShouldBe(1);

        decoration.Versions.Count.ShouldBe(1);
        decoration.HasUnpublishedChanges.ShouldBeFalse();
    }

    [Fact]
    public void A_product_no_longer_on_sale_cannot_be_published()
    {
        var decoration = Started();
        decoration.SaveDraft(Content() with { HotProductIds = [Products[0]] }, OnSale, Now).IsSuccess.ShouldBeTrue();

        decoration.Publish(Owner, new HashSet<Guid>(), Now).Errors.Single().Field.ShouldBe("HotProductIds");
        decoration.Versions.ShouldBeEmpty();
    }

    [Fact]
    public void Restoring_copies_a_version_into_the_draft_and_buyers_see_it_only_after_publishing()
    {
        var decoration = Started();
        decoration.SaveDraft(Content("旧版"), OnSale, Now);
        decoration.Publish(Owner, OnSale, Now);
        decoration.SaveDraft(Content("新版"), OnSale, Now);
        decoration.Publish(Owner, OnSale, Now);
        var first = decoration.Versions.Single(v => v.Number == 1);

        decoration.Restore(first.Id, Now).IsSuccess.ShouldBeTrue();

        decoration.Draft.Intro.ShouldBe("旧版");
        decoration.Published!.Content.Intro.ShouldBe("新版");
        decoration.Publish(Owner, OnSale, Now).Value.ShouldBe(3);
        decoration.Published!.Content.Intro.ShouldBe("旧版");
        decoration.Versions.Count.ShouldBe(3); // earlier versions are never changed or removed
    }

    [Fact]
    public void A_version_of_another_decoration_is_not_found()
    {
        var other = Started();
        other.Publish(Owner, OnSale, Now);

        Started().Restore(other.Versions[0].Id, Now).IsNotFound.ShouldBeTrue();
    }

    [Fact]
    public void Choosing_another_template_keeps_the_content()
    {
        var decoration = Started();
        decoration.SaveDraft(Content("保留"), OnSale, Now);

        decoration.ChooseTemplate(ShopTemplates.Compact, Now).IsSuccess.ShouldBeTrue();

        decoration.Draft.TemplateKey.ShouldBe(ShopTemplates.Compact);
        decoration.Draft.Intro.ShouldBe("保留");
    }
}
