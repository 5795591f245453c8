using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Catalog;

/// The home page's hot-push grid and featured strip: only listed products in their approved version.
/// The fixture's database is shared by the tests of a class, so each test looks for its own products by id.
public abstract class PromotedProductsSlices(AppFixture app)
{
    private static int _colour = 100;

    private static byte NextColour() => (byte)(Interlocked.Increment(ref _colour) % 256);

    /// An approved product with these SKUs and one image (not listed).
    private async Task<Guid> ApprovedAsync(Merchant m, Guid reviewer, string name, params SkuRow[] skus)
    {
        var saved = await app.SendAsync(await app.ProductAsync(m.OwnerId, name: name, skus: skus));
        saved.Errors.ShouldBeEmpty();
        (await app.SendAsync(new AddProductImages(m.OwnerId, saved.Value, [CatalogGiven.Image(NextColour())]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitProduct(m.OwnerId, saved.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ApproveProduct(reviewer, saved.Value))).Errors.ShouldBeEmpty();
        return saved.Value;
    }

    private async Task<Guid> ListedAsync(Merchant m, Guid reviewer, string name, params SkuRow[] skus)
    {
        var id = await ApprovedAsync(m, reviewer, name, skus);
        (await app.SendAsync(new ListProduct(m.OwnerId, id))).Errors.ShouldBeEmpty();
        return id;
    }

    private async Task FlagAsync(Guid reviewer, Guid id, bool hot = true, bool featured = true) =>
        (await app.SendAsync(new SetProductPromotion(reviewer, id, hot, featured))).Errors.ShouldBeEmpty();

    private Task<PromotedProducts> PromotedAsync() => app.SendAsync(new GetPromotedProducts(GetPromotedProducts.MaxCount, GetPromotedProducts.MaxCount));

    [Fact]
    public async Task A_flagged_listed_product_shows_with_its_approved_name_cover_shop_and_lowest_sku_price()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var both = await ListedAsync(m, reviewer, "热推精选酒", CatalogGiven.Sku(price: "128.00"), CatalogGiven.Sku(price: "99.50"), CatalogGiven.Sku(price: "158.00"));
        var hotOnly = await ListedAsync(m, reviewer, "只热推的酒");
        await FlagAsync(reviewer, both);
        await FlagAsync(reviewer, hotOnly, featured: false);

        var promoted = await PromotedAsync();

        var hot = promoted.Hot.Single(p => p.Id == both);
        hot.Name.ShouldBe("热推精选酒");
        hot.MinPriceFen.ShouldBe(9950);
        hot.ImageUrl.ShouldBe($"/products/{both}/images/1");
        hot.Url.ShouldBe($"/products/{both}");
        hot.ShopId.ShouldBe(m.ShopId);
        hot.ShopName.ShouldNotBeNullOrWhiteSpace();
        promoted.Featured.ShouldContain(p => p.Id == both && p.MinPriceFen == 9950);
        promoted.Hot.ShouldContain(p => p.Id == hotOnly);
        promoted.Featured.ShouldNotContain(p => p.Id == hotOnly);
    }

    [Fact]
    public async Task Unflagged_unlisted_delisted_force_delisted_and_never_approved_products_do_not_show()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var unflagged = await ListedAsync(m, reviewer, "没有推广的酒");
        var unlisted = await ApprovedAsync(m, reviewer, "未上架的酒", CatalogGiven.Sku());
        var delisted = await ListedAsync(m, reviewer, "商家下架的酒");
        var forceDelisted = await ListedAsync(m, reviewer, "被强制下架的酒");
        var draft = await app.DraftProductAsync(m.OwnerId, "从未审核的酒", NextColour());
        var pending = await app.DraftProductAsync(m.OwnerId, "审核中的酒", NextColour());
        (await app.SendAsync(new SubmitProduct(m.OwnerId, pending))).Errors.ShouldBeEmpty();
        foreach (var id in new[] { unlisted, delisted, forceDelisted, draft, pending }) await FlagAsync(reviewer, id);
        (await app.SendAsync(new DelistProduct(m.OwnerId, delisted))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ForceDelistProduct(reviewer, forceDelisted, "涉嫌虚假宣传"))).Errors.ShouldBeEmpty();

        var promoted = await PromotedAsync();

        var hidden = new[] { unflagged, unlisted, delisted, forceDelisted, draft, pending };
        promoted.Hot.Select(p => p.Id).Intersect(hidden).ShouldBeEmpty();
        promoted.Featured.Select(p => p.Id).Intersect(hidden).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_version_under_review_leaves_the_approved_name_and_price_on_the_home_page()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await ListedAsync(m, reviewer, "已通过的老名字", CatalogGiven.Sku(price: "88.00"));
        await FlagAsync(reviewer, id);
        var sku = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!.Skus[0];

        // A cheaper SKU added in the new draft is not on sale before that version is approved.
        (await app.SendAsync(await app.ProductAsync(m.OwnerId, id, name: "待审核的新名字",
            skus: [CatalogGiven.Sku(sku.Code, "88.00", id: sku.Id), CatalogGiven.Sku(price: "1.00")]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitProduct(m.OwnerId, id))).Errors.ShouldBeEmpty();

        var shown = (await PromotedAsync()).Hot.Single(p => p.Id == id);
        shown.Name.ShouldBe("已通过的老名字");
        shown.MinPriceFen.ShouldBe(8800);
    }

    [Fact]
    public async Task The_most_recently_updated_product_comes_first_and_the_counts_are_capped()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var older = await ListedAsync(m, reviewer, "先推的酒");
        var newer = await ListedAsync(m, reviewer, "后推的酒");
        await FlagAsync(reviewer, newer);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await FlagAsync(reviewer, older); // flagging bumps UpdatedUtc: the latest promotion leads
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var hot = (await PromotedAsync()).Hot.Select(p => p.Id).ToList();
        hot.IndexOf(older).ShouldBeGreaterThanOrEqualTo(0);
        hot.IndexOf(older).ShouldBeLessThan(hot.IndexOf(newer));

        var one = await app.SendAsync(new GetPromotedProducts(HotCount: 1, FeaturedCount: 1));
        one.Hot.Select(p => p.Id).ShouldBe([older]);
        one.Featured.Select(p => p.Id).ShouldBe([older]);
        (await app.SendAsync(new GetPromotedProducts())).Hot.Count.ShouldBeLessThanOrEqualTo(GetPromotedProducts.DefaultHotCount);
    }
}

public sealed class PromotedProductsOnSqlite(SqliteApp app) : PromotedProductsSlices(app), IClassFixture<SqliteApp>;

public sealed class PromotedProductsOnPostgreSql(PostgreSqlApp app) : PromotedProductsSlices(app), IClassFixture<PostgreSqlApp>;
