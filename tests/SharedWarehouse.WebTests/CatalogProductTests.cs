using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class CatalogProductTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_product_goes_from_the_form_through_review_and_rejection_to_the_storefront()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var admin = await factory.AdminAsync();
        var name = "顶级酱香" + Guid.NewGuid().ToString("N")[..6];
        var liquor = await CatalogWeb.LiquorIdAsync(merchant);

        // Bad input: field errors, values kept, nothing saved.
        var form = await merchant.GetAsync($"/merchant/products/new?categoryId={liquor}");
        form.Status.ShouldBe(HttpStatusCode.OK, form.ToString());
        var bad = await merchant.PostAsync("/merchant/products/new", CatalogWeb.Fields(name, liquor, price: "abc", abv: "很高"), form.Token("/merchant/products/new"));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Skus[0].RetailPrice").ShouldBe("请填写正确的零售价（元，最多两位小数）");
        bad.FieldError("Attributes[酒精度]").ShouldBe("请填写数字");
        bad.InputValue("Name").ShouldBe(name);
        bad.InputValue("Skus[0].RetailPrice").ShouldBe("abc");
        (await merchant.GetAsync($"/merchant/products?q={Uri.EscapeDataString(name)}")).TestId("total").ShouldBe("共 0 条");

        // Good input → the details page.
        var created = await merchant.PostAsync("/merchant/products/new", CatalogWeb.Fields(name, liquor), bad.Token("/merchant/products/new"));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var url = created.Location!;
        var details = await merchant.FollowAsync(created);
        details.TestId("status").ShouldBe("草稿");
        var uploaded = await merchant.PostMultipartAsync($"{url}/images", [], [new Upload("images", "a.png", Png(91, 1, 1))], details.Token($"{url}/images"));
        uploaded.Status.ShouldBe(HttpStatusCode.Redirect, uploaded.ToString());
        details = await merchant.FollowAsync(uploaded);
        var submitted = await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"));
        submitted.Status.ShouldBe(HttpStatusCode.Redirect, submitted.ToString());
        (await merchant.FollowAsync(submitted)).TestId("status").ShouldBe("待审核");

        // The admin sees the finding (顶级 is an absolute term), needs a reason to reject, then rejects.
        var id = url["/merchant/products/".Length..];
        var queue = await admin.GetAsync("/admin/products/reviews?page=1");
        queue.Document.QuerySelector($"tr[data-id='{id}'] [data-testid='finding-count']").ShouldNotBeNull(queue.ToString());
        var review = await admin.GetAsync($"/admin/products/{id}");
        (review.TestId("findings") ?? "").ShouldContain("顶级");
        var noReason = await admin.PostAsync($"/admin/products/{id}/reject", [F("Reason", " ")], review.Token($"/admin/products/{id}/reject"));
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.FieldError("Reason").ShouldBe("请填写驳回原因");
        var rejected = await admin.PostAsync($"/admin/products/{id}/reject", [F("Reason", "含绝对化用语")], noReason.Token($"/admin/products/{id}/reject"));
        rejected.Status.ShouldBe(HttpStatusCode.Redirect, rejected.ToString());

        // The merchant sees why, fixes the name and resubmits; the admin approves; the merchant lists it.
        var seen = await merchant.GetAsync(url);
        (seen.TestId("rejection-reason") ?? "").ShouldContain("含绝对化用语");
        var edit = await merchant.GetAsync($"{url}/edit");
        edit.InputValue("Name").ShouldBe(name);
        var fixedName = name.Replace("顶级", "陈年");
        var skuId = edit.InputValue("Skus[0].Id")!;
        var saved = await merchant.PostAsync($"{url}/edit", [.. CatalogWeb.Fields(fixedName, liquor, code: edit.InputValue("Skus[0].Code")), F("Skus[0].Id", skuId)], edit.Token($"{url}/edit"));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        details = await merchant.FollowAsync(saved);
        (await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        review = await admin.GetAsync($"/admin/products/{id}");
        review.TestId("no-findings").ShouldNotBeNull(review.ToString());
        (await admin.PostAsync($"/admin/products/{id}/approve", [], review.Token($"/admin/products/{id}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);
        details = await merchant.GetAsync(url);
        details.TestId("status").ShouldBe("已通过");
        var listed = await merchant.PostAsync($"{url}/list", [], details.Token($"{url}/list"));
        listed.Status.ShouldBe(HttpStatusCode.Redirect, listed.ToString());
        (await merchant.FollowAsync(listed)).TestId("listing").ShouldBe("在售");

        // Anyone can see it; with no stock received it is not available.
        var shop = await factory.NewVisitor().GetAsync($"/products/{id}");
        shop.Status.ShouldBe(HttpStatusCode.OK, shop.ToString());
        shop.TestId("product-name").ShouldBe(fixedName);
        shop.TestId("not-available").ShouldNotBeNull();
        (await factory.NewVisitor().Http.GetAsync($"/products/{id}/images/1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_product_not_listed_is_not_found_on_the_storefront()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var url = await CatalogWeb.CreateAsync(merchant, "未上架酒" + Guid.NewGuid().ToString("N")[..6]);

        (await factory.NewVisitor().GetAsync($"/products/{url["/merchant/products/".Length..]}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Merchant_b_can_neither_read_nor_change_merchant_a_products_by_changing_ids()
    {
        var a = await CatalogWeb.MerchantAsync(factory);
        var b = await CatalogWeb.MerchantAsync(factory);
        var name = "甲的酒" + Guid.NewGuid().ToString("N")[..6];
        var url = await CatalogWeb.CreateAsync(a, name);
        var details = await a.GetAsync(url);
        (await a.PostMultipartAsync($"{url}/images", [], [new Upload("images", "a.png", Png(7, 7, 7))], details.Token($"{url}/images"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var image = (await a.GetAsync(url)).Document.QuerySelector("[data-testid='images'] img")!.GetAttribute("src")!;
        (await a.Http.GetAsync(image)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var liquor = await CatalogWeb.LiquorIdAsync(b);
        var token = (await b.GetAsync("/merchant/products/new")).Token("/merchant/products/new");

        (await b.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync($"{url}/edit")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/edit", CatalogWeb.Fields("篡改", liquor), token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/submit", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/list", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.Http.GetAsync(image)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{image}/remove", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostMultipartAsync($"{url}/images", [], [new Upload("images", "b.png", Png(8, 8, 8))], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync($"/merchant/products?q={Uri.EscapeDataString(name)}")).TestId("total").ShouldBe("共 0 条");

        var mine = await a.GetAsync(url);
        mine.Status.ShouldBe(HttpStatusCode.OK);
        mine.TestId("status").ShouldBe("草稿");
        mine.Document.QuerySelectorAll("[data-testid='images'] img").Length.ShouldBe(1);
        (mine.Text("h1") ?? "").ShouldContain(name);
    }

    [Fact]
    public async Task An_admin_force_delists_a_listed_product_with_a_reason_and_the_merchant_sees_it()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var admin = await factory.AdminAsync();
        var url = await CatalogWeb.CreateAsync(merchant, "将被下架酒" + Guid.NewGuid().ToString("N")[..6]);
        var id = url["/merchant/products/".Length..];
        var details = await merchant.GetAsync(url);
        await merchant.PostMultipartAsync($"{url}/images", [], [new Upload("images", "a.png", Png(33, 44, 55))], details.Token($"{url}/images"));
        await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"));
        var review = await admin.GetAsync($"/admin/products/{id}");
        await admin.PostAsync($"/admin/products/{id}/approve", [], review.Token($"/admin/products/{id}/approve"));
        (await merchant.PostAsync($"{url}/list", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var found = await admin.GetAsync($"/admin/products?q={Uri.EscapeDataString(details.Text("h1")!.Split(' ')[0].Trim())}");
        found.Document.QuerySelector($"[data-testid='all-products'] tr[data-id='{id}']").ShouldNotBeNull(found.ToString());
        review = await admin.GetAsync($"/admin/products/{id}");
        review.TestId("listing").ShouldBe("在售");

        var noReason = await admin.PostAsync($"/admin/products/{id}/force-delist", [F("DelistReason", "")], review.Token($"/admin/products/{id}/force-delist"));
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.FieldError("DelistReason").ShouldBe("请填写下架原因");
        var delisted = await admin.PostAsync($"/admin/products/{id}/force-delist", [F("DelistReason", "虚假宣传")], noReason.Token($"/admin/products/{id}/force-delist"));
        delisted.Status.ShouldBe(HttpStatusCode.Redirect, delisted.ToString());
        var flagged = await admin.PostAsync($"/admin/products/{id}/promotion", [F("hot", "true")], review.Token($"/admin/products/{id}/promotion"));
        flagged.Status.ShouldBe(HttpStatusCode.Redirect, flagged.ToString());
        (await admin.FollowAsync(flagged)).Document.QuerySelector("#hot")!.HasAttribute("checked").ShouldBeTrue();

        var seen = await merchant.GetAsync(url);
        seen.TestId("listing").ShouldBe("未上架");
        (seen.TestId("force-delist-reason") ?? "").ShouldContain("虚假宣传");
        (await factory.NewVisitor().GetAsync($"/products/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editing_a_listed_product_sends_the_new_version_to_review_while_the_old_one_stays_on_sale()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var admin = await factory.AdminAsync();
        var oldName = "在售老酒" + Guid.NewGuid().ToString("N")[..6];
        var url = await CatalogWeb.CreateAsync(merchant, oldName);
        var id = url["/merchant/products/".Length..];
        var details = await merchant.GetAsync(url);
        await merchant.PostMultipartAsync($"{url}/images", [], [new Upload("images", "a.png", Png(66, 77, 88))], details.Token($"{url}/images"));
        await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"));
        var review = await admin.GetAsync($"/admin/products/{id}");
        await admin.PostAsync($"/admin/products/{id}/approve", [], review.Token($"/admin/products/{id}/approve"));
        (await merchant.PostAsync($"{url}/list", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var edit = await merchant.GetAsync($"{url}/edit");
        var liquor = edit.Document.QuerySelector("#CategoryId option[selected]")!.GetAttribute("value")!;
        var saved = await merchant.PostAsync($"{url}/edit",
            [.. CatalogWeb.Fields("新版本酒", liquor, code: edit.InputValue("Skus[0].Code")), F("Skus[0].Id", edit.InputValue("Skus[0].Id")!), F("action", "submit")],
            edit.Token($"{url}/edit"));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        var after = await merchant.FollowAsync(saved);
        after.TestId("status").ShouldBe("待审核");
        after.TestId("listing").ShouldBe("在售");
        (after.TestId("new-version") ?? "").ShouldContain(oldName);
        (await factory.NewVisitor().GetAsync($"/products/{id}")).TestId("product-name").ShouldBe(oldName);

        review = await admin.GetAsync($"/admin/products/{id}");
        (await admin.PostAsync($"/admin/products/{id}/approve", [], review.Token($"/admin/products/{id}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await factory.NewVisitor().GetAsync($"/products/{id}")).TestId("product-name").ShouldBe("新版本酒");
    }

    [Fact]
    public async Task Admin_category_form_keeps_values_on_error_and_adds_a_child_category()
    {
        var admin = await factory.AdminAsync();
        var page = await admin.GetAsync("/admin/catalog/categories");
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        var liquor = page.Document.QuerySelectorAll("#ParentId option").First(o => o.TextContent.Trim() == "酒水").GetAttribute("value")!;

        var bad = await admin.PostAsync("/admin/catalog/categories", [F("Name", ""), F("ParentId", liquor), F("SortOrder", "3")], page.Token("/admin/catalog/categories"));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Name").ShouldBe("请填写类目名称");
        bad.Document.QuerySelector("#ParentId option[selected]")?.GetAttribute("value").ShouldBe(liquor);

        var name = "白酒" + Guid.NewGuid().ToString("N")[..4];
        var added = await admin.PostAsync("/admin/catalog/categories", [F("Name", name), F("ParentId", liquor), F("SortOrder", "1")], bad.Token("/admin/catalog/categories"));
        added.Status.ShouldBe(HttpStatusCode.Redirect, added.ToString());
        var after = await admin.FollowAsync(added);
        (after.TestId("categories") ?? "").ShouldContain(name);
    }
}

/// Web helpers for catalog tests.
internal static class CatalogWeb
{
    /// A buyer whose shop application was approved, signed in again so the cookie carries the owner role.
    public static async Task<Visitor> MerchantAsync(SharedWarehouseFactory factory) =>
        (await factory.ShopOwnerAsync("商品测试店", "/merchant/products")).Merchant;

    public static async Task<string> LiquorIdAsync(Visitor merchant) =>
        (await merchant.GetAsync("/merchant/products/new")).Document.QuerySelectorAll("#CategoryId option")
            .First(o => o.TextContent.Trim() == "酒水").GetAttribute("value")!;

    public static List<KeyValuePair<string, string>> Fields(string name, string categoryId, string price = "128.00", string abv = "53", string? code = null) =>
    [
        F("Name", name), F("CategoryId", categoryId), F("BrandId", ""), F("Description", "**纯粮**酿造"), F("Tags", "白酒"),
        F("Attributes[产地]", "贵州"), F("Attributes[酒精度]", abv), F("Attributes[净含量]", "500"), F("Attributes[配料]", "高粱"),
        F("Skus[0].Code", code ?? "W-" + Guid.NewGuid().ToString("N")[..8]), F("Skus[0].SpecText", "500ml"), F("Skus[0].RetailPrice", price),
        F("Skus[0].WeightGrams", "900"), F("Skus[0].Barcode", ""),
        F("Skus[0].TierRows[0].MinQuantity", "6"), F("Skus[0].TierRows[0].UnitPrice", "118.00"), F("Skus[0].TierRows[1].MinQuantity", ""), F("Skus[0].TierRows[1].UnitPrice", ""),
        F("Skus[1].Code", ""), F("Skus[1].SpecText", ""), F("Skus[1].RetailPrice", ""),
    ];

    /// Creates a draft product through the form; returns its back-office URL.
    public static async Task<string> CreateAsync(Visitor merchant, string name)
    {
        var liquor = await LiquorIdAsync(merchant);
        var created = await merchant.SubmitAsync($"/merchant/products/new?categoryId={liquor}", "/merchant/products/new", Fields(name, liquor));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        return created.Location!;
    }
}
