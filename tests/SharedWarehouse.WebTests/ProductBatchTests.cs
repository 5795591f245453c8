using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The product list's batch bar: ticked products change together, each through its own rules and its own shop's
/// scope; the list shows a thumbnail per product, and an empty list says what to do next.
[Collection(WebCollection.Name)]
public sealed class ProductBatchTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task Ticked_products_are_delisted_listed_and_submitted_together_and_another_shops_id_is_not_touched()
    {
        var mine = await SellingWeb.SellableAsync(factory);
        var theirs = await SellingWeb.SellableAsync(factory);
        var merchant = mine.Merchant;
        var draftUrl = await CatalogWeb.CreateAsync(merchant, "批量草稿" + NewPhone()[^4..]);
        var draftId = draftUrl.Split('/')[^1];

        var list = await merchant.GetAsync("/merchant/products");
        list.Document.QuerySelector($"tr[data-id='{mine.ProductId}'] img[data-testid='thumb']")!.GetAttribute("src")
            .ShouldStartWith($"/merchant/products/{mine.ProductId}/images/");
        (await merchant.Http.GetAsync(list.Document.QuerySelector($"tr[data-id='{mine.ProductId}'] img")!.GetAttribute("src"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = list.Token("/merchant/products/batch");
        (await merchant.GetAsync($"/merchant/products/{mine.ProductId}")).Text("[data-testid='skus'] [data-testid='tiers']").ShouldBe("6 件起 ¥118.00");

        // Delist mine together with another shop's id slipped into the form: mine goes off sale, theirs stays on.
        var done = await merchant.PostAsync("/merchant/products/batch",
            [F("Action", "delist"), F("Ids", mine.ProductId), F("Ids", theirs.ProductId), F("ReturnUrl", "/merchant/products?status=listed")], token);
        done.Location.ShouldBe("/merchant/products?status=listed");
        var after = await merchant.GetAsync("/merchant/products");
        Flash(after).ShouldBe(("1 个成功，1 个未能处理（状态不允许，打开商品可查看原因）", "warning"));
        after.Text($"tr[data-id='{mine.ProductId}'] [data-testid='listed']").ShouldBe("未上架");
        (await theirs.Merchant.GetAsync("/merchant/products")).Text($"tr[data-id='{theirs.ProductId}'] [data-testid='listed']").ShouldBe("在售");

        await merchant.PostAsync("/merchant/products/batch", [F("Action", "list"), F("Ids", mine.ProductId)], token);
        var listed = await merchant.GetAsync("/merchant/products");
        Flash(listed).ShouldBe(("1 个商品已上架", "success"));
        listed.Text($"tr[data-id='{mine.ProductId}'] [data-testid='listed']").ShouldBe("在售");

        // A draft without a picture may not go to review: counted as not done, and it stays a draft.
        await merchant.PostAsync("/merchant/products/batch", [F("Action", "submit"), F("Ids", draftId)], token);
        Flash(await merchant.GetAsync("/merchant/products?status=Draft")).ShouldBe(("0 个成功，1 个未能处理（状态不允许，打开商品可查看原因）", "warning"));
        var details = await merchant.GetAsync(draftUrl);
        (await merchant.PostMultipartAsync($"{draftUrl}/images", [], [new Upload("images", "a.png", Png(12, 34, 56))], details.Token($"{draftUrl}/images")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        await merchant.PostAsync("/merchant/products/batch", [F("Action", "submit"), F("Ids", draftId)], token);
        var submitted = await merchant.GetAsync("/merchant/products?status=Pending");
        Flash(submitted).ShouldBe(("1 个商品已提交审核", "success"));
        submitted.Document.QuerySelector($"tr[data-id='{draftId}']").ShouldNotBeNull();

        await merchant.PostAsync("/merchant/products/batch", [F("Action", "list")], token);
        Flash(await merchant.GetAsync("/merchant/products")).ShouldBe(("请先勾选商品", "error"));
        await merchant.PostAsync("/merchant/products/batch", [F("Action", "erase"), F("Ids", mine.ProductId)], token);
        Flash(await merchant.GetAsync("/merchant/products")).ShouldBe(("请选择要执行的操作", "error"));
        (await merchant.PostAsync("/merchant/products/batch", [F("Action", "list"), F("Ids", mine.ProductId), F("ReturnUrl", "https://evil.example/")], token))
            .Location.ShouldBe("/merchant/products");
        (await merchant.PostAsync("/merchant/products/batch", [F("Action", "list"), F("Ids", mine.ProductId)], null)).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_new_shop_s_empty_list_offers_to_publish_or_import_and_a_fruitless_search_offers_to_clear_it()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var empty = await merchant.GetAsync("/merchant/products");
        empty.TestId("empty-title").ShouldBe("还没有商品");
        empty.Document.QuerySelectorAll("[data-testid='empty-state'] a").Select(a => a.GetAttribute("href")).ShouldBe(["/merchant/products/new", "/merchant/products/import"]);
        empty.Document.QuerySelector("[data-testid='products']").ShouldBeNull("no table of bare headers");

        var none = await merchant.GetAsync("/merchant/products?q=nothing-like-this");
        none.TestId("empty-title").ShouldBe("没有符合条件的商品");
        none.Document.QuerySelector("[data-testid='empty-state'] a")!.GetAttribute("href").ShouldBe("/merchant/products");
    }

    /// 批量通过 passes only what the automatic check found nothing in; a flagged product stays for a reviewer to open,
    /// and only reviewers may batch-approve.
    [Fact]
    public async Task A_reviewer_approves_clean_products_in_a_batch_and_flagged_ones_stay_in_the_queue()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var clean = await SubmittedAsync(merchant, "批量审核干净" + NewPhone()[^4..]);
        var flagged = await SubmittedAsync(merchant, "顶级批量审核" + NewPhone()[^4..]);
        var admin = await factory.AdminAsync();
        var queue = await admin.GetAsync("/admin/products/reviews");
        queue.Document.QuerySelector($"tr[data-id='{clean}'] input[name='Ids']").ShouldNotBeNull();
        queue.Document.QuerySelector($"tr[data-id='{flagged}'] input[name='Ids']").ShouldBeNull("a flagged row cannot be ticked");
        var token = queue.Token("/admin/products/reviews/batch/approve");

        (await merchant.PostAsync("/admin/products/reviews/batch/approve", [F("Ids", clean)], token)).Location.ShouldNotBe("/admin/products/reviews");
        (await admin.GetAsync("/admin/products/reviews")).Document.QuerySelector($"tr[data-id='{clean}']").ShouldNotBeNull("a merchant cannot batch-approve");
        var done = await admin.PostAsync("/admin/products/reviews/batch/approve", [F("Ids", clean), F("Ids", flagged)], token);
        done.Location.ShouldBe("/admin/products/reviews");

        var after = await admin.GetAsync("/admin/products/reviews");
        Flash(after).ShouldBe(("1 个成功，1 个未能处理（状态不允许，打开商品可查看原因）", "warning"));
        after.Document.QuerySelector($"tr[data-id='{clean}']").ShouldBeNull();
        after.Document.QuerySelector($"tr[data-id='{flagged}']").ShouldNotBeNull();
        (await merchant.GetAsync($"/merchant/products/{clean}")).TestId("status").ShouldBe("已通过");
        var all = await admin.GetAsync("/admin/products?all=true&q=" + Uri.EscapeDataString("批量审核干净"));
        var thumb = all.Document.QuerySelector($"tr[data-id='{clean}'] img[data-testid='thumb']")!.GetAttribute("src")!;
        (await admin.Http.GetAsync(thumb)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> SubmittedAsync(Visitor merchant, string name)
    {
        var url = await CatalogWeb.CreateAsync(merchant, name);
        var details = await merchant.GetAsync(url);
        (await merchant.PostMultipartAsync($"{url}/images", [], [new Upload("images", "a.png", Png(21, 43, 65))], details.Token($"{url}/images")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        return url.Split('/')[^1];
    }

    private static (string Text, string? Kind) Flash(Page page) =>
        page.Document.QuerySelector("[data-testid='flash']") is { } f ? (f.TextContent.Trim(), f.GetAttribute("data-kind")) : ("", null);
}
