using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Catalog.Features.Setup;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;

namespace SharedWarehouse.SliceTests.Catalog;

/// The storefront search. The fixture's database is shared by a class's tests, so every test puts a word of its
/// own (random Chinese characters) into its products and searches within it.
public abstract class SearchSlices(AppFixture app)
{
    private static string Word() => new(Enumerable.Range(0, 4).Select(_ => (char)Random.Shared.Next(0x4E00, 0x9FA5)).ToArray());

    private async Task<Merchant> MerchantAsync(string region = "330106")
    {
        var owner = await app.BuyerAsync();
        var application = (await app.SendAsync(Given.Application(owner) with { RegionCode = region })).Value;
        (await app.SendAsync(new ApproveApplication(await app.ReviewerAsync(), application))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        var shop = await app.WithScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Modules.Merchants.Contracts.IMerchantDirectory>(sp).FindShopOfOwnerAsync(owner, CancellationToken.None));
        return new Merchant(owner, shop!.ShopId);
    }

    /// A product with an image, submitted and (unless told otherwise) approved and listed; the clock moves on so
    /// that each product is newer than the one before.
    private async Task<Guid> ProductAsync(Merchant m, string name, string tags = "白酒", Guid? category = null, Guid? brand = null,
        string price = "100.00", string? code = null, bool approve = true, bool list = true)
    {
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var categoryId = category ?? await app.CategoryAsync();
        var attributes = categoryId == await app.CategoryAsync() ? CatalogGiven.LiquorAttributes() : new Dictionary<string, string?>();
        var saved = await app.SendAsync(new SaveProduct(m.OwnerId, null, name, categoryId, brand, "说明", tags, attributes,
            [CatalogGiven.Sku(code, price), CatalogGiven.Sku(price: "999.00")]));
        saved.Errors.ShouldBeEmpty();
        (await app.SendAsync(new AddProductImages(m.OwnerId, saved.Value, [CatalogGiven.Image()]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitProduct(m.OwnerId, saved.Value))).Errors.ShouldBeEmpty();
        if (!approve) return saved.Value;
        (await app.SendAsync(new ApproveProduct(await app.ReviewerAsync(), saved.Value))).Errors.ShouldBeEmpty();
        if (list) (await app.SendAsync(new ListProduct(m.OwnerId, saved.Value))).Errors.ShouldBeEmpty();
        return saved.Value;
    }

    private async Task<PagedResult<SearchHit>> SearchAsync(SearchProducts query)
    {
        var result = await app.SendAsync(query);
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    private async Task<List<Guid>> IdsAsync(SearchProducts query) => (await SearchAsync(query)).Items.Select(h => h.Id).ToList();

    [Fact]
    public async Task A_Chinese_substring_of_the_name_finds_the_product_with_price_shop_and_link()
    {
        var m = await MerchantAsync();
        var word = Word();
        var id = await ProductAsync(m, $"贵州{word}酱香型白酒", price: "88.80");

        var page = await SearchAsync(new SearchProducts(word[1..3]));

        var hit = page.Items.ShouldHaveSingleItem();
        hit.Id.ShouldBe(id);
        hit.Name.ShouldBe($"贵州{word}酱香型白酒");
        hit.PriceFen.ShouldBe(8880);
        hit.ShopName.ShouldNotBeNullOrWhiteSpace();
        hit.Url.ShouldBe($"/products/{id}");
        hit.InStock.ShouldBeFalse();
        page.Total.ShouldBe(1);
    }

    [Fact]
    public async Task Tags_and_sku_codes_match_and_name_matches_come_first()
    {
        var m = await MerchantAsync();
        var word = Word();
        var code = "ZX" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var byTag = await ProductAsync(m, "清香型白酒", tags: $"白酒,{word}");
        var byName = await ProductAsync(m, $"{word}浓香型");
        var byCode = await ProductAsync(m, "米酒", code: code);

        (await IdsAsync(new SearchProducts(word))).ShouldBe([byName, byTag]);
        (await IdsAsync(new SearchProducts(code[..6].ToLowerInvariant()))).ShouldContain(byCode);
    }

    [Fact]
    public async Task A_renamed_product_is_found_by_its_new_name_once_approved_and_no_longer_by_the_old_one()
    {
        var m = await MerchantAsync();
        var (before, after) = (Word(), Word());
        var id = await ProductAsync(m, $"{before}老名字");
        var category = await app.CategoryAsync();
        var skus = await app.QueryAsync<CatalogDbContext, List<SkuRow>>(db => db.Skus.Where(k => k.ProductId == id).OrderBy(k => k.RetailPriceFen)
            .Select(k => CatalogGiven.Sku(k.Code, (k.RetailPriceFen / 100m).ToString("0.00", CultureInfo.InvariantCulture), null, k.Id)).ToListAsync());
        var renamed = await app.SendAsync(new SaveProduct(m.OwnerId, id, $"{after}新名字", category, null, "说明", "白酒",
            CatalogGiven.LiquorAttributes(), skus));
        renamed.Errors.ShouldBeEmpty();
        (await IdsAsync(new SearchProducts(before))).ShouldBe([id]); // the approved version stays on sale until the edit is approved
        (await IdsAsync(new SearchProducts(after))).ShouldBeEmpty();

        (await app.SendAsync(new SubmitProduct(m.OwnerId, id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ApproveProduct(await app.ReviewerAsync(), id))).Errors.ShouldBeEmpty();
        (await IdsAsync(new SearchProducts(after[1..3]))).ShouldBe([id]);
        (await IdsAsync(new SearchProducts($"{after} 新名"))).ShouldBe([id]);
        (await IdsAsync(new SearchProducts(before))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unlisted_unapproved_and_force_delisted_products_never_appear()
    {
        var m = await MerchantAsync();
        var word = Word();
        var listed = await ProductAsync(m, $"{word}在售");
        await ProductAsync(m, $"{word}未上架", list: false);
        await ProductAsync(m, $"{word}待审核", approve: false);
        var delisted = await ProductAsync(m, $"{word}被下架");
        (await app.SendAsync(new ForceDelistProduct(await app.ReviewerAsync(), delisted, "违规"))).Errors.ShouldBeEmpty();

        var page = await SearchAsync(new SearchProducts(word));

        page.Items.Select(h => h.Id).ShouldBe([listed]);
        page.Items[0].Name.ShouldBe($"{word}在售");
    }

    [Fact]
    public async Task Category_includes_descendants_and_brand_filters()
    {
        var m = await MerchantAsync();
        var word = Word();
        var root = (await app.SendAsync(new CreateCategory("搜索" + word, null, 99))).Value;
        var child = (await app.SendAsync(new CreateCategory("子类" + word, root, 1))).Value;
        var brand = (await app.SendAsync(new CreateBrand("品牌" + word))).Value;
        var inRoot = await ProductAsync(m, $"{word}甲", category: root);
        var inChild = await ProductAsync(m, $"{word}乙", category: child, brand: brand);
        var elsewhere = await ProductAsync(m, $"{word}丙");

        (await IdsAsync(new SearchProducts(word, CategoryId: root))).ShouldBe([inChild, inRoot]);
        (await IdsAsync(new SearchProducts(word, CategoryId: child))).ShouldBe([inChild]);
        (await IdsAsync(new SearchProducts(word, BrandId: brand))).ShouldBe([inChild]);
        (await IdsAsync(new SearchProducts(word))).ShouldContain(elsewhere);
        // The brand's name is searchable too.
        (await IdsAsync(new SearchProducts("品牌" + word))).ShouldBe([inChild]);
    }

    [Fact]
    public async Task Price_range_uses_the_lowest_sku_price_and_region_matches_province_city_or_district()
    {
        var zhejiang = await MerchantAsync("330106");
        var beijing = await MerchantAsync("110101");
        var word = Word();
        var cheap = await ProductAsync(zhejiang, $"{word}便宜", price: "50.00");
        var dear = await ProductAsync(beijing, $"{word}贵", price: "300.00");

        (await IdsAsync(new SearchProducts(word, Min: 50m, Max: 50m))).ShouldBe([cheap]);
        (await IdsAsync(new SearchProducts(word, Min: 100m))).ShouldBe([dear]);
        (await IdsAsync(new SearchProducts(word, Max: 299.99m))).ShouldBe([cheap]);
        (await IdsAsync(new SearchProducts(word, Region: "330000"))).ShouldBe([cheap]);
        (await IdsAsync(new SearchProducts(word, Region: "330100"))).ShouldBe([cheap]);
        (await IdsAsync(new SearchProducts(word, Region: "330106"))).ShouldBe([cheap]);
        (await IdsAsync(new SearchProducts(word, Region: "110000"))).ShouldBe([dear]);
        (await IdsAsync(new SearchProducts(word, Region: "440000"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Min_above_max_and_a_bad_region_are_field_errors()
    {
        var result = await app.SendAsync(new SearchProducts(Min: 10m, Max: 5m, Region: "浙江"));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => e.Field).ShouldBe(["Max", "Region"], ignoreOrder: true);
    }

    [Fact]
    public async Task Sorts_by_price_sales_and_newest()
    {
        var m = await MerchantAsync();
        var word = Word();
        var mid = await ProductAsync(m, $"{word}中", price: "20.00");
        var low = await ProductAsync(m, $"{word}低", price: "10.00");
        var high = await ProductAsync(m, $"{word}高", price: "30.00");

        (await IdsAsync(new SearchProducts(word, Sort: SearchSort.PriceAsc))).ShouldBe([low, mid, high]);
        (await IdsAsync(new SearchProducts(word, Sort: SearchSort.PriceDesc))).ShouldBe([high, mid, low]);
        (await IdsAsync(new SearchProducts(word, Sort: SearchSort.Newest))).ShouldBe([high, low, mid]);
        // No sales are recorded yet: all equal, newest first within the tie.
        (await IdsAsync(new SearchProducts(word, Sort: SearchSort.Sales))).ShouldBe([high, low, mid]);

        // Received sub-orders (Ordering's event, through the outbox) count as sales.
        await ReceivedAsync(m, (mid, 2), (low, 1));
        await ReceivedAsync(m, (mid, 3));
        (await IdsAsync(new SearchProducts(word, Sort: SearchSort.Sales))).ShouldBe([mid, low, high]);
    }

    private async Task ReceivedAsync(Merchant m, params (Guid Product, int Quantity)[] lines)
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrderingDbContext>();
            db.Publish(new ProductsSold(Guid.CreateVersion7(), Guid.CreateVersion7(), lines.Select(l => new SoldUnits(l.Product, l.Quantity)).ToList()));
            await db.SaveChangesAsync();
            return 0;
        });
        await app.DispatchEventsAsync();
    }

    [Fact]
    public async Task Pages_carry_the_total_and_never_repeat_a_product()
    {
        var m = await MerchantAsync();
        var word = Word();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++) ids.Add(await ProductAsync(m, $"{word}{i}号"));

        var first = await SearchAsync(new SearchProducts(word, Page: 1, PageSize: 2));
        var second = await SearchAsync(new SearchProducts(word, Page: 2, PageSize: 2));
        var third = await SearchAsync(new SearchProducts(word, Page: 3, PageSize: 2));

        first.Total.ShouldBe(5);
        first.PageCount.ShouldBe(3);
        first.Items.Concat(second.Items).Concat(third.Items).Select(h => h.Id).ShouldBe(Enumerable.Reverse(ids).ToList());
        (await SearchAsync(new SearchProducts(word, Page: 9, PageSize: 2))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task In_stock_only_keeps_products_with_stock_received_in_the_warehouse()
    {
        var m = await MerchantAsync();
        var word = Word();
        var code = CatalogGiven.NewCode();
        var stocked = await ProductAsync(m, $"{word}有库存", code: code);
        var empty = await ProductAsync(m, $"{word}没库存");
        var (warehouse, bin) = await app.WarehouseAsync(m.OwnerId);
        await app.ReceiveAsync(m.OwnerId, warehouse, InventoryGiven.Line(code, bin, 5));

        var all = await SearchAsync(new SearchProducts(word));
        var inStock = await SearchAsync(new SearchProducts(word, InStock: true));

        all.Items.Select(h => (h.Id, h.InStock)).ShouldBe([(empty, false), (stocked, true)]);
        inStock.Items.Select(h => h.Id).ShouldBe([stocked]);
        inStock.Total.ShouldBe(1);
    }
}

public sealed class SearchOnSqlite(SqliteApp app) : SearchSlices(app), IClassFixture<SqliteApp>;

public sealed class SearchOnPostgreSql(PostgreSqlApp app) : SearchSlices(app), IClassFixture<PostgreSqlApp>;
