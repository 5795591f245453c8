using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Catalog.Features.ShopProducts;
using SharedWarehouse.Modules.Merchants.Features.Decoration;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Merchants;

public abstract class DecorationSlices(AppFixture app)
{
    private Task<ShopDecoration?> DecorationOf(Guid shopId) =>
        app.QueryAsync<MerchantsDbContext, ShopDecoration?>(db => db.Decorations.AsNoTracking().Include(d => d.Versions).FirstOrDefaultAsync(d => d.ShopId == shopId));

    [Fact]
    public async Task A_saved_draft_is_shown_in_the_preview_but_not_to_buyers()
    {
        var merchant = await app.DecoratingMerchantAsync(ShopTemplates.Flagship);

        (await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, "只在草稿里", banner: DecorationGiven.Image(5), bannerLink: "/products"))).Errors.ShouldBeEmpty();

        var preview = await app.SendAsync(new GetDecorationPreview(merchant.OwnerId));
        preview!.IsPreview.ShouldBeTrue();
        preview.TemplateKey.ShouldBe(ShopTemplates.Flagship);
        preview.Intro.ShouldBe("只在草稿里");
        preview.LogoUrl.ShouldStartWith("/merchant/decoration/images/");
        preview.Banners.Single().Link.ShouldBe("/products");
        var buyers = await app.SendAsync(new GetShopPage(merchant.ShopId));
        buyers!.TemplateKey.ShouldBeNull(); // nothing published: the plain default page
        buyers.Intro.ShouldBe("");
        buyers.IsPreview.ShouldBeFalse();
    }

    [Fact]
    public async Task Publishing_creates_a_version_that_buyers_see_with_its_images()
    {
        var merchant = await app.DecoratingMerchantAsync();
        (await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, "欢迎光临"))).Errors.ShouldBeEmpty();

        var published = await app.SendAsync(new PublishDecoration(merchant.OwnerId));

        published.Value.ShouldBe(1);
        var decoration = await DecorationOf(merchant.ShopId);
        var version = decoration!.Versions.Single();
        (version.Number, version.PublishedBy, version.PublishedUtc).ShouldBe((1, merchant.OwnerId, app.Clock.GetUtcNow().UtcDateTime));
        var page = await app.SendAsync(new GetShopPage(merchant.ShopId));
        page!.TemplateKey.ShouldBe(ShopTemplates.Classic);
        page.Intro.ShouldBe("欢迎光临");
        page.LogoUrl.ShouldStartWith($"/shops/{merchant.ShopId}/images/");
        var fileName = page.LogoUrl!.Split('/')[^1];
        (await app.SendAsync(new FindDecorationImage(null, merchant.ShopId, fileName))).ShouldNotBeNull();
        (await app.SendAsync(new FindDecorationImage(null, Guid.CreateVersion7(), fileName))).ShouldBeNull();
        (await app.SendAsync(new PublishDecoration(merchant.OwnerId))).Value.ShouldBe(1); // a double click adds nothing
        (await DecorationOf(merchant.ShopId))!.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Restoring_an_earlier_version_copies_it_into_the_draft_until_published_again()
    {
        var merchant = await app.DecoratingMerchantAsync();
        await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, "第一版"));
        await app.SendAsync(new PublishDecoration(merchant.OwnerId));
        await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, "第二版"));
        await app.SendAsync(new PublishDecoration(merchant.OwnerId));
        var first = (await DecorationOf(merchant.ShopId))!.Versions.Single(v => v.Number == 1);

        (await app.SendAsync(new RestoreDecorationVersion(merchant.OwnerId, first.Id))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new GetDecorationPreview(merchant.OwnerId)))!.Intro.ShouldBe("第一版");
        (await app.SendAsync(new GetShopPage(merchant.ShopId)))!.Intro.ShouldBe("第二版");
        (await app.SendAsync(new PublishDecoration(merchant.OwnerId))).Value.ShouldBe(3);
        (await app.SendAsync(new GetShopPage(merchant.ShopId)))!.Intro.ShouldBe("第一版");
        var editor = await app.SendAsync(new GetDecorationEditor(merchant.OwnerId));
        editor!.Versions.Select(v => v.Number).ShouldBe([3, 2, 1]);
        editor.Versions.Single(v => v.IsCurrent).Number.ShouldBe(3);
    }

    [Fact]
    public async Task Product_choices_are_limited_to_the_shops_own_listed_products()
    {
        var reviewer = await app.ReviewerAsync();
        var merchant = await app.DecoratingMerchantAsync();
        var other = await app.MerchantAsync();
        var listed = await app.ListedProductAsync(merchant, reviewer, "本店在售酒");
        var notListed = await app.ApprovedProductAsync(merchant.OwnerId, reviewer, "本店未上架酒");
        var othersListed = await app.ListedProductAsync(other, reviewer, "别家在售酒");
        var before = (await DecorationOf(merchant.ShopId))!.DraftJson;

        (await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, hot: [othersListed]))).Errors.ShouldContain(e => e.Field == "HotProductIds");
        (await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, featured: [notListed]))).Errors.ShouldContain(e => e.Field == "FeaturedProductIds");
        (await DecorationOf(merchant.ShopId))!.DraftJson.ShouldBe(before);

        (await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, hot: [listed], featured: [listed]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new PublishDecoration(merchant.OwnerId))).Errors.ShouldBeEmpty();
        var page = await app.SendAsync(new GetShopPage(merchant.ShopId));
        page!.HotProductIds.ShouldBe([listed]);
        page.FeaturedProductIds.ShouldBe([listed]);
        // What the shop page and the editor list (Catalog's view components): only the shop's own products on sale.
        var shown = await app.SendAsync(new ListShopProducts(merchant.ShopId));
        shown.Single().ShouldSatisfyAllConditions(p => p.ProductId.ShouldBe(listed), p => p.ImageUrl.ShouldBe($"/products/{listed}/images/1"));
        (await app.SendAsync(new ListShopProducts(merchant.ShopId, [othersListed, notListed, listed]))).Select(p => p.Name).ShouldBe(["本店在售酒"]);
    }

    [Fact]
    public async Task Bad_input_saves_nothing_and_stores_no_file()
    {
        var merchant = await app.DecoratingMerchantAsync();
        var before = (await DecorationOf(merchant.ShopId))!.DraftJson;

        var refused = await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, banner: DecorationGiven.Image(), bannerLink: "javascript:alert(1)"));
        var notImage = await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId) with { Logo = new("<svg onload=alert(1)>"u8.ToArray()) });

        refused.Errors.ShouldContain(e => e.Field == "NewBannerLink");
        notImage.Errors.ShouldContain(e => e.Field == "Logo");
        (await DecorationOf(merchant.ShopId))!.DraftJson.ShouldBe(before);
    }

    [Fact]
    public async Task Another_shops_banner_or_version_cannot_be_touched_by_its_id()
    {
        var a = await app.DecoratingMerchantAsync();
        var b = await app.DecoratingMerchantAsync();
        (await app.SendAsync(DecorationGiven.Draft(a.OwnerId, "甲店", banner: DecorationGiven.Image(), bannerLink: "/a"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new PublishDecoration(a.OwnerId))).Errors.ShouldBeEmpty();
        var decorationA = (await DecorationOf(a.ShopId))!;
        var bannerOfA = decorationA.Draft.Banners.Single();

        var stolen = await app.SendAsync(DecorationGiven.Draft(b.OwnerId, "乙店") with { Banners = [new BannerEdit(bannerOfA.Id, "/b", "1", false)] });
        var restored = await app.SendAsync(new RestoreDecorationVersion(b.OwnerId, decorationA.Versions.Single().Id));

        stolen.Errors.ShouldContain(e => e.Field == "Banners");
        restored.IsNotFound.ShouldBeTrue();
        (await DecorationOf(b.ShopId))!.Draft.Banners.ShouldBeEmpty();
        (await DecorationOf(a.ShopId))!.DraftJson.ShouldBe(decorationA.DraftJson);
        (await app.SendAsync(new FindDecorationImage(b.OwnerId, null, bannerOfA.Image.Split('/')[^1]))).ShouldBeNull();
    }

    [Fact]
    public async Task Banners_are_reordered_relinked_and_removed_by_their_ids()
    {
        var merchant = await app.DecoratingMerchantAsync();
        await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, banner: DecorationGiven.Image(1), bannerLink: "/first"));
        var first = (await DecorationOf(merchant.ShopId))!.Draft.Banners.Single();
        await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId, banner: DecorationGiven.Image(2), bannerLink: "https://example.com/second")
            with { Banners = [new BannerEdit(first.Id, "/first", "1", false)] });
        var second = (await DecorationOf(merchant.ShopId))!.Draft.Banners.Single(x => x.Id != first.Id);

        (await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId) with
        {
            Banners = [new BannerEdit(first.Id, "/moved", "5", false), new BannerEdit(second.Id, second.Link, "2", false)],
        })).Errors.ShouldBeEmpty();
        (await DecorationOf(merchant.ShopId))!.Draft.Banners.Select(x => x.Link).ShouldBe(["https://example.com/second", "/moved"]);

        (await app.SendAsync(DecorationGiven.Draft(merchant.OwnerId) with { Banners = [new BannerEdit(second.Id, null, null, true)] })).Errors.ShouldBeEmpty();
        (await DecorationOf(merchant.ShopId))!.Draft.Banners.Select(x => x.Id).ShouldBe([first.Id]);
    }
}

public sealed class DecorationOnSqlite(SqliteApp app) : DecorationSlices(app), IClassFixture<SqliteApp>;

public sealed class DecorationOnPostgreSql(PostgreSqlApp app) : DecorationSlices(app), IClassFixture<PostgreSqlApp>;
