using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Catalog.Features.Setup;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Catalog;

public abstract class CatalogSlices(AppFixture app)
{
    private Task<int> ProductCount(Guid shopId) => app.QueryAsync<CatalogDbContext, int>(db => db.Products.CountAsync(p => p.ShopId == shopId));

    [Fact]
    public async Task Start_up_seeds_liquor_and_apparel_categories_with_their_attributes()
    {
        var tree = await app.SendAsync(new GetCategoryTree());

        tree.Single(c => c.Name == "酒水").Attributes.Select(a => a.Name).ShouldBe(["品牌", "产地", "酒精度", "净含量", "配料", "保质期"]);
        tree.Single(c => c.Name == "酒水").Attributes.Single(a => a.Name == "酒精度").Type.ShouldBe(AttributeType.Number);
        tree.Single(c => c.Name == "服装").Attributes.Select(a => a.Name).ShouldBe(["颜色", "尺码"]);
    }

    [Fact]
    public async Task Admins_build_the_category_tree_in_order_and_sibling_names_are_unique()
    {
        var root = (await app.SendAsync(new CreateCategory("家居" + Guid.NewGuid().ToString("N")[..6], null, 90))).Value;
        var second = (await app.SendAsync(new CreateCategory("厨具", root, 2))).Value;
        var first = (await app.SendAsync(new CreateCategory("床品", root, 1))).Value;

        var duplicate = await app.SendAsync(new CreateCategory("厨具", root, 3));
        var attribute = await app.SendAsync(new AddCategoryAttribute(first, "材质", AttributeType.Text, null, true));

        duplicate.Errors.ShouldContain(e => e.Field == "Name");
        attribute.Errors.ShouldBeEmpty();
        var tree = await app.SendAsync(new GetCategoryTree());
        var ids = tree.Select(c => c.Id).ToList();
        ids.IndexOf(first).ShouldBe(ids.IndexOf(root) + 1);
        ids.IndexOf(second).ShouldBe(ids.IndexOf(root) + 2);
        tree.Single(c => c.Id == first).Depth.ShouldBe(1);
        tree.Single(c => c.Id == first).Attributes.Single().Name.ShouldBe("材质");
    }

    [Fact]
    public async Task Brands_are_unique_by_name()
    {
        var name = "品牌" + Guid.NewGuid().ToString("N")[..6];
        (await app.SendAsync(new CreateBrand(name))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new CreateBrand(name.ToLowerInvariant()))).Errors.ShouldContain(e => e.Field == "Name");
        (await app.SendAsync(new CreateBrand(" "))).Errors.ShouldContain(e => e.Field == "Name");
    }

    [Fact]
    public async Task A_merchant_creates_a_product_with_skus_and_tier_prices()
    {
        var m = await app.MerchantAsync();
        var code = CatalogGiven.NewCode();

        var saved = await app.SendAsync(await app.ProductAsync(m.OwnerId, skus: [CatalogGiven.Sku(code, "128.00", "6:118.00;12:108.00"), CatalogGiven.Sku()]));

        saved.Errors.ShouldBeEmpty();
        var product = (await app.SendAsync(new GetOwnProduct(m.OwnerId, saved.Value)))!;
        product.Status.ShouldBe(ReviewStatus.Draft);
        product.Skus.Count.ShouldBe(2);
        var sku = product.Skus.Single(s => s.Code == code);
        sku.RetailPriceFen.ShouldBe(12800);
        sku.Tiers.ShouldBe("6:118.00;12:108.00");
        product.Attributes["酒精度"].ShouldBe("53");
        product.DescriptionHtml.ShouldContain("<strong>纯粮酿造</strong>");
    }

    [Fact]
    public async Task Bad_input_gives_field_errors_and_saves_nothing()
    {
        var m = await app.MerchantAsync();
        var good = await app.ProductAsync(m.OwnerId);
        var attributes = CatalogGiven.LiquorAttributes();
        attributes["酒精度"] = "很高";
        attributes.Remove("产地");

        var result = await app.SendAsync(good with
        {
            Name = "", Attributes = attributes,
            Skus = [new SkuRow(null, "bad code!", "12", "", "1.234", "-1", "1:100")],
        });

        result.Errors.Select(e => e.Field).ShouldContain("Name");
        result.Errors.Select(e => e.Field).ShouldContain("Skus[0].Code");
        result.Errors.Select(e => e.Field).ShouldContain("Skus[0].RetailPrice");
        result.Errors.Select(e => e.Field).ShouldContain("Skus[0].WeightGrams");
        result.Errors.Select(e => e.Field).ShouldContain("Skus[0].Barcode");
        result.Errors.Select(e => e.Field).ShouldContain("Skus[0].SpecText");
        (await ProductCount(m.ShopId)).ShouldBe(0);

        var attributeErrors = await app.SendAsync(good with { Attributes = attributes });
        attributeErrors.Errors.Select(e => e.Field).ShouldBe(["Attributes[产地]", "Attributes[酒精度]"], ignoreOrder: true);
        var tierErrors = await app.SendAsync(good with { Skus = [CatalogGiven.Sku(price: "10.00", tiers: "5:12.00")] });
        tierErrors.Errors.ShouldContain(e => e.Field == "Skus[0].Tiers");
        (await ProductCount(m.ShopId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_sku_code_is_unique_in_the_shop_but_other_shops_may_use_it()
    {
        var a = await app.MerchantAsync();
        var b = await app.MerchantAsync();
        var code = CatalogGiven.NewCode();
        (await app.SendAsync(await app.ProductAsync(a.OwnerId, skus: [CatalogGiven.Sku(code)]))).Errors.ShouldBeEmpty();

        var again = await app.SendAsync(await app.ProductAsync(a.OwnerId, skus: [CatalogGiven.Sku(code)]));
        var elsewhere = await app.SendAsync(await app.ProductAsync(b.OwnerId, skus: [CatalogGiven.Sku(code)]));

        again.Errors.ShouldContain(e => e.Field == "Skus[0].Code");
        elsewhere.Errors.ShouldBeEmpty();
        (await ProductCount(a.ShopId)).ShouldBe(1);
    }

    [Fact]
    public async Task Submission_runs_the_automatic_checks_and_the_findings_reach_the_admin_queue()
    {
        var m = await app.MerchantAsync();
        var saved = await app.SendAsync(await app.ProductAsync(m.OwnerId, name: "国家级顶级白酒", description: "销量第一"));
        await app.SendAsync(new AddProductImages(m.OwnerId, saved.Value, [CatalogGiven.Image(1), CatalogGiven.Image(1)]));

        (await app.SendAsync(new SubmitProduct(m.OwnerId, saved.Value))).Errors.ShouldBeEmpty();

        var review = (await app.SendAsync(new GetProductForReview(saved.Value)))!;
        review.Status.ShouldBe(ReviewStatus.Pending);
        review.Findings.Select(f => f.Term).ShouldContain("国家级");
        review.Findings.Select(f => f.Term).ShouldContain("顶级");
        review.Findings.ShouldContain(f => f.Term == "第一" && f.Field == "描述");
        review.Findings.ShouldContain(f => f.Kind == FindingKind.DuplicateImage);
        var queue = await app.SendAsync(new ListReviewQueue(PageSize: 100));
        queue.Items.ShouldContain(r => r.Id == saved.Value && r.FindingCount == review.Findings.Count);
    }

    [Fact]
    public async Task An_image_already_used_by_another_product_of_the_shop_is_a_finding()
    {
        var m = await app.MerchantAsync();
        await app.DraftProductAsync(m.OwnerId, "甲", imageColour: 77);
        var second = await app.DraftProductAsync(m.OwnerId, "乙", imageColour: 77);

        await app.SendAsync(new SubmitProduct(m.OwnerId, second));

        (await app.SendAsync(new GetProductForReview(second)))!.Findings.ShouldContain(f => f.Message == "与本店其他商品的图片重复");
    }

    [Fact]
    public async Task A_bad_image_is_refused_and_nothing_is_added()
    {
        var m = await app.MerchantAsync();
        var id = (await app.SendAsync(await app.ProductAsync(m.OwnerId))).Value;

        var tooSmall = await app.SendAsync(new AddProductImages(m.OwnerId, id, [new(Modules.Catalog.Domain.ContentRules.ProductImages.MinWidth > 0 ? BuildingBlocks.Uploads.PngWriter.Solid(50, 50, 1, 2, 3) : [])]));
        var notImage = await app.SendAsync(new AddProductImages(m.OwnerId, id, [new("hello"u8.ToArray())]));

        tooSmall.Errors.ShouldContain(e => e.Field == "Images");
        notImage.Errors.ShouldContain(e => e.Field == "Images");
        (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!.Images.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reject_needs_a_reason_tells_the_merchant_and_a_resubmission_can_be_approved()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await app.DraftProductAsync(m.OwnerId);
        await app.SendAsync(new SubmitProduct(m.OwnerId, id));

        (await app.SendAsync(new RejectProduct(reviewer, id, " "))).Errors.ShouldContain(e => e.Field == "Reason");
        (await app.SendAsync(new GetProductForReview(id)))!.Status.ShouldBe(ReviewStatus.Pending);
        (await app.SendAsync(new RejectProduct(reviewer, id, "描述不清"))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        var product = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!;
        product.RejectionReason.ShouldBe("描述不清");
        (await app.SendAsync(await app.ProductAsync(m.OwnerId, id, description: "更清楚的描述", skus: [CatalogGiven.Sku(product.Skus[0].Code, id: product.Skus[0].Id)]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitProduct(m.OwnerId, id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ApproveProduct(reviewer, id))).Errors.ShouldBeEmpty();

        var history = (await app.SendAsync(new GetProductForReview(id)))!.History;
        history.Select(h => h.Action).ShouldBe([ReviewAction.Submitted, ReviewAction.Rejected, ReviewAction.Resubmitted, ReviewAction.Approved]);
        history[1].ActorId.ShouldBe(reviewer);
        history[1].Reason.ShouldBe("描述不清");
        var inbox = await app.QueryAsync<NotificationsDbContext, List<string>>(db => db.Notifications.Where(n => n.UserId == m.OwnerId).Select(n => n.Title).ToListAsync());
        inbox.ShouldContain("商品审核未通过");
    }

    [Fact]
    public async Task Editing_a_listed_product_sends_a_new_version_to_review_while_the_approved_one_stays_on_sale()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await app.ApprovedProductAsync(m.OwnerId, reviewer, "老名字");
        (await app.SendAsync(new ListProduct(m.OwnerId, id))).Errors.ShouldBeEmpty();
        var sku = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!.Skus[0];

        (await app.SendAsync(await app.ProductAsync(m.OwnerId, id, name: "新名字", skus: [CatalogGiven.Sku(sku.Code, id: sku.Id)]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SubmitProduct(m.OwnerId, id))).Errors.ShouldBeEmpty();

        var product = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!;
        product.Status.ShouldBe(ReviewStatus.Pending);
        product.IsListed.ShouldBeTrue();
        product.ApprovedName.ShouldBe("老名字");
        (await app.SendAsync(new ListReviewQueue(PageSize: 100))).Items.ShouldContain(r => r.Id == id && r.IsNewVersion);
    }

    [Fact]
    public async Task A_price_change_of_an_approved_product_needs_no_review()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await app.ApprovedProductAsync(m.OwnerId, reviewer);
        var sku = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!.Skus[0];

        (await app.SendAsync(await app.ProductAsync(m.OwnerId, id, skus: [CatalogGiven.Sku(sku.Code, "99.90", id: sku.Id)]))).Errors.ShouldBeEmpty();

        var product = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!;
        product.Status.ShouldBe(ReviewStatus.Approved);
        product.Skus[0].RetailPriceFen.ShouldBe(9990);
    }

    [Fact]
    public async Task Only_approved_products_can_be_listed_and_a_force_delist_tells_the_merchant_why()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var draft = await app.DraftProductAsync(m.OwnerId, imageColour: 3);
        var approved = await app.ApprovedProductAsync(m.OwnerId, reviewer, imageColour: 4);

        (await app.SendAsync(new ListProduct(m.OwnerId, draft))).IsFailure.ShouldBeTrue();
        (await app.SendAsync(new ListProduct(m.OwnerId, approved))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ForceDelistProduct(reviewer, approved, ""))).Errors.ShouldContain(e => e.Field == "Reason");
        (await app.SendAsync(new ForceDelistProduct(reviewer, approved, "涉嫌虚假宣传"))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();

        var product = (await app.SendAsync(new GetOwnProduct(m.OwnerId, approved)))!;
        product.IsListed.ShouldBeFalse();
        product.ForceDelistReason.ShouldBe("涉嫌虚假宣传");
        (await app.SendAsync(new ListProduct(m.OwnerId, approved))).IsFailure.ShouldBeTrue();
        var inbox = await app.QueryAsync<NotificationsDbContext, List<string>>(db => db.Notifications.Where(n => n.UserId == m.OwnerId).Select(n => n.Title).ToListAsync());
        inbox.ShouldContain("商品被平台下架");
    }

    [Fact]
    public async Task Admins_set_hot_and_featured_flags()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await app.ApprovedProductAsync(m.OwnerId, reviewer);

        (await app.SendAsync(new SetProductPromotion(reviewer, id, Hot: true, Featured: true))).Errors.ShouldBeEmpty();

        var product = (await app.SendAsync(new GetProductForReview(id)))!;
        product.IsHot.ShouldBeTrue();
        product.IsFeatured.ShouldBeTrue();
        (await app.SendAsync(new ListAllProducts(ListedOnly: true, PageSize: 100))).Items.ShouldNotContain(r => r.Id == id);
        await app.SendAsync(new ListProduct(m.OwnerId, id));
        (await app.SendAsync(new ListAllProducts(ListedOnly: true, Keyword: product.Name, PageSize: 100))).Items.ShouldContain(r => r.Id == id && r.IsHot && r.IsFeatured);
    }

    [Fact]
    public async Task Merchant_b_can_neither_read_nor_change_merchant_a_products()
    {
        var a = await app.MerchantAsync();
        var b = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await app.ApprovedProductAsync(a.OwnerId, reviewer);
        var product = (await app.SendAsync(new GetOwnProduct(a.OwnerId, id)))!;

        (await app.SendAsync(new GetOwnProduct(b.OwnerId, id))).ShouldBeNull();
        (await app.SendAsync(await app.ProductAsync(b.OwnerId, id, name: "被篡改"))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(await app.ProductAsync(b.OwnerId, null, skus: [CatalogGiven.Sku(id: product.Skus[0].Id)]))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new SubmitProduct(b.OwnerId, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ListProduct(b.OwnerId, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new DelistProduct(b.OwnerId, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new AddProductImages(b.OwnerId, id, [CatalogGiven.Image(9)]))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new RemoveProductImage(b.OwnerId, id, product.Images[0].Id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new FindDraftImage(b.OwnerId, id, product.Images[0].Id))).ShouldBeNull();
        (await app.SendAsync(new ListOwnProducts(b.OwnerId))).Page.Items.ShouldBeEmpty();

        var after = (await app.SendAsync(new GetOwnProduct(a.OwnerId, id)))!;
        after.Name.ShouldBe(product.Name);
        after.Images.Count.ShouldBe(1);
        after.IsListed.ShouldBeFalse();
    }

    [Fact]
    public async Task The_merchant_list_filters_sorts_pages_and_counts()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        await app.ApprovedProductAsync(m.OwnerId, reviewer, "甲酒", imageColour: 11);
        await app.DraftProductAsync(m.OwnerId, "乙酒", imageColour: 12);
        await app.DraftProductAsync(m.OwnerId, "丙酒", imageColour: 13);

        var all = await app.SendAsync(new ListOwnProducts(m.OwnerId, Sort: "name", PageSize: 2));
        var approved = await app.SendAsync(new ListOwnProducts(m.OwnerId, Status: "Approved"));
        var keyword = await app.SendAsync(new ListOwnProducts(m.OwnerId, Keyword: "乙"));

        all.Page.Total.ShouldBe(3);
        all.Page.Items.Count.ShouldBe(2);
        all.Page.PageCount.ShouldBe(2);
        all.Totals.ShouldBe(new ProductTotals(3, 2, 0, 0, 1, 0));
        approved.Page.Items.Single().Name.ShouldBe("甲酒");
        keyword.Page.Items.Single().Name.ShouldBe("乙酒");
    }

    [Fact]
    public async Task The_sku_directory_tells_other_modules_about_skus()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await app.ApprovedProductAsync(m.OwnerId, reviewer, "目录酒");
        var sku = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!.Skus[0];

        var (byId, byCode, otherShop) = await app.WithScopeAsync(async sp =>
        {
            var directory = sp.GetRequiredService<ICatalogSkuDirectory>();
            return (await directory.FindAsync([sku.Id, Guid.NewGuid()], CancellationToken.None),
                await directory.FindByCodeAsync(m.ShopId, sku.Code, CancellationToken.None),
                await directory.FindByCodeAsync(Guid.NewGuid(), sku.Code, CancellationToken.None));
        });

        byId.Keys.ShouldBe([sku.Id]);
        byCode.ShouldBe(new SkuInfo(sku.Id, id, m.ShopId, sku.Code, "6901234567892", "目录酒", "500ml", 3650, true, 12800));
        otherShop.ShouldBeNull();
    }
}

public sealed class CatalogOnSqlite(SqliteApp app) : CatalogSlices(app), IClassFixture<SqliteApp>;

public sealed class CatalogOnPostgreSql(PostgreSqlApp app) : CatalogSlices(app), IClassFixture<PostgreSqlApp>;
