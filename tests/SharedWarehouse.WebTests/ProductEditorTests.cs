using System.Net;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The product editor as the server sees it: spec rows, tier rows and images in one multipart post, refusals next
/// to the field with the input kept, and shop scope on images and the description preview.
[Collection(WebCollection.Name)]
public sealed class ProductEditorTests(SharedWarehouseFactory factory)
{
    private const string New = "/merchant/products/new";

    [Fact]
    public async Task A_new_product_is_saved_with_its_spec_rows_tier_rows_and_images_in_the_chosen_order_in_one_post()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var liquor = await CatalogWeb.LiquorIdAsync(merchant);
        var name = "矩阵酒" + Guid.NewGuid().ToString("N")[..6];
        var code = "MX" + Guid.NewGuid().ToString("N")[..6];
        var first = Png(10, 20, 30);
        var second = PngWriter.Solid(500, 300, 200, 10, 10);
        var form = await merchant.GetAsync(New);

        var created = await merchant.PostMultipartAsync(New,
            [.. Product(name, liquor), F("Specs[0].Name", "容量"), F("Specs[0].Values", "500ml, 1L"),
                .. Sku(0, "500ml", "128.00", code + "-01", ("6", "118.00"), ("12", "108.00")), .. Sku(1, "1L", "228.00", code + "-02", ("6", "218.00")),
                F("ImageOrder", "n:1"), F("ImageOrder", "n:0")],
            [new Upload("NewImages", "first.png", first), new Upload("NewImages", "second.png", second)], form.Token(New));

        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var details = await merchant.FollowAsync(created);
        var skus = details.Document.QuerySelectorAll("[data-testid='skus'] tbody tr");
        skus.Select(r => r.Children[1].TextContent.Trim()).ShouldBe(["500ml", "1L"], ignoreOrder: true);
        var tiers = skus.ToDictionary(r => r.Children[1].TextContent.Trim(),
            r => string.Join(" | ", r.Children[5].QuerySelectorAll(".tier-badge").Select(b => b.TextContent.Trim())));
        tiers["500ml"].ShouldBe("6 件起 ¥118.00 | 12 件起 ¥108.00");
        tiers["1L"].ShouldBe("6 件起 ¥218.00");
        (await ImagesAsync(merchant, details)).ShouldBe([Hex(second), Hex(first)]); // the second file was put first: it is the main image
    }

    [Fact]
    public async Task Tier_rows_out_of_order_a_repeated_spec_and_bad_image_bytes_are_refused_next_to_their_fields_with_the_input_kept()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var liquor = await CatalogWeb.LiquorIdAsync(merchant);
        var name = "被拒酒" + Guid.NewGuid().ToString("N")[..6];
        var form = await merchant.GetAsync(New);

        var bad = await merchant.PostMultipartAsync(New,
            [.. Product(name, liquor), F("Specs[0].Name", "颜色"), F("Specs[0].Values", "红, 蓝"), F("Specs[1].Name", "尺码"), F("Specs[1].Values", "S"),
                .. Sku(0, "红 / S", "100.00", "RJ-1", ("50", "80.00"), ("10", "90.00")), .. Sku(1, "红/S", "100.00", "RJ-2")],
            [new Upload("NewImages", "fake.png", "not an image at all"u8.ToArray())], form.Token(New));

        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Skus[0].TierRows[1].MinQuantity").ShouldBe("起订量须比上一行大（按数量从小到大填写）");
        bad.FieldError("Skus[0].TierRows[1].UnitPrice").ShouldBe("数量越多单价应越低：须低于上一行的单价");
        bad.FieldError("Skus[1].SpecText").ShouldBe("规格组合重复：红/S");
        bad.FieldError("NewImages").ShouldNotBeNull();
        // The message is tied to its input for screen readers, and what was typed comes back.
        var quantity = bad.Document.QuerySelector("input[name='Skus[0].TierRows[1].MinQuantity']")!;
        var describedBy = quantity.GetAttribute("aria-describedby")!;
        bad.Document.GetElementById(describedBy)!.TextContent.Trim().ShouldBe("起订量须比上一行大（按数量从小到大填写）");
        quantity.GetAttribute("value").ShouldBe("10");
        bad.InputValue("Skus[0].TierRows[0].UnitPrice").ShouldBe("80.00");
        bad.InputValue("Skus[1].SpecText").ShouldBe("红/S");
        bad.InputValue("Specs[0].Values").ShouldBe("红, 蓝");
        bad.InputValue("Name").ShouldBe(name);
        (await merchant.GetAsync($"/merchant/products?q={Uri.EscapeDataString(name)}")).TestId("total").ShouldBe("共 0 条");

        // A spec outside the posted matrix is refused too; a tier not below the retail price, on its price cell.
        var outside = await merchant.PostMultipartAsync(New,
            [.. Product(name, liquor), F("Specs[0].Name", "颜色"), F("Specs[0].Values", "红"), .. Sku(0, "绿", "100.00", "RJ-3", ("10", "100.00"))],
            [], bad.Token(New));
        outside.FieldError("Skus[0].SpecText").ShouldBe("该规格不在规格组合中，请重新生成 SKU");
        outside.FieldError("Skus[0].TierRows[0].UnitPrice").ShouldBe("阶梯单价须大于 0 且低于零售价");
        (await merchant.GetAsync($"/merchant/products?q={Uri.EscapeDataString(name)}")).TestId("total").ShouldBe("共 0 条");
    }

    [Fact]
    public async Task Editing_keeps_the_sku_ids_and_saves_the_new_image_order()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var liquor = await CatalogWeb.LiquorIdAsync(merchant);
        var code = "ED" + Guid.NewGuid().ToString("N")[..6];
        var first = Png(1, 2, 3);
        var second = Png(4, 5, 6);
        var created = await merchant.PostMultipartAsync(New, [.. Product("改序酒" + code, liquor), .. Sku(0, "500ml", "128.00", code)],
            [new Upload("NewImages", "1.png", first), new Upload("NewImages", "2.png", second)], (await merchant.GetAsync(New)).Token(New));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var url = created.Location!;

        var edit = await merchant.GetAsync($"{url}/edit");
        var order = edit.Document.QuerySelectorAll("input[name='ImageOrder']").Select(i => i.GetAttribute("value")!).ToList();
        order.Count.ShouldBe(2);
        var skuId = edit.InputValue("Skus[0].Id")!;
        var saved = await merchant.PostMultipartAsync($"{url}/edit",
            [.. Product("改序酒" + code, liquor), F("Skus[0].Id", skuId), .. Sku(0, "500ml", "99.00", code), F("ImageOrder", order[1]), F("ImageOrder", order[0])],
            [], edit.Token($"{url}/edit"));

        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        var details = await merchant.FollowAsync(saved);
        (await ImagesAsync(merchant, details)).ShouldBe([Hex(second), Hex(first)]);
        var again = await merchant.GetAsync($"{url}/edit");
        again.InputValue("Skus[0].Id").ShouldBe(skuId);
        again.InputValue("Skus[0].RetailPrice").ShouldBe("99.00");
    }

    [Fact]
    public async Task Shop_b_can_neither_attach_to_nor_reorder_shop_a_images_and_the_preview_is_for_merchants_only()
    {
        var a = await CatalogWeb.MerchantAsync(factory);
        var b = await CatalogWeb.MerchantAsync(factory);
        var liquor = await CatalogWeb.LiquorIdAsync(a);
        var code = "SA" + Guid.NewGuid().ToString("N")[..6];
        var aImages = new[] { Png(11, 11, 11), Png(22, 22, 22) };
        var created = await a.PostMultipartAsync(New, [.. Product("甲店酒" + code, liquor), .. Sku(0, "500ml", "128.00", code)],
            [new Upload("NewImages", "1.png", aImages[0]), new Upload("NewImages", "2.png", aImages[1])], (await a.GetAsync(New)).Token(New));
        var aUrl = created.Location!;
        var aOrder = (await a.GetAsync($"{aUrl}/edit")).Document.QuerySelectorAll("input[name='ImageOrder']").Select(i => i.GetAttribute("value")!).ToList();

        // B posts to A's product: not found, nothing attached or moved.
        var bToken = (await b.GetAsync(New)).Token(New);
        (await b.PostMultipartAsync($"{aUrl}/edit", [.. Product("篡改", liquor), .. Sku(0, "500ml", "1.00", "B" + code), F("ImageOrder", aOrder[1]), F("ImageOrder", aOrder[0])],
            [new Upload("NewImages", "b.png", Png(99, 99, 99))], bToken)).Status.ShouldBe(HttpStatusCode.NotFound);
        // B names A's image ids in the order of B's own product: they are ignored, not moved over.
        var bCode = "SB" + Guid.NewGuid().ToString("N")[..6];
        var bCreated = await b.PostMultipartAsync(New, [.. Product("乙店酒" + bCode, liquor), .. Sku(0, "500ml", "128.00", bCode), F("ImageOrder", aOrder[1]), F("ImageOrder", aOrder[0])],
            [], bToken);
        bCreated.Status.ShouldBe(HttpStatusCode.Redirect, bCreated.ToString());
        (await b.FollowAsync(bCreated)).Document.QuerySelectorAll("[data-testid='images'] img").Length.ShouldBe(0);
        (await ImagesAsync(a, await a.GetAsync(aUrl))).ShouldBe(aImages.Select(Hex).ToList());

        // The preview: the server's sanitised rendering, for a merchant with the form's token only.
        const string markdown = "**粗体** <script>alert(1)</script> [点我](javascript:alert(1))";
        var preview = await b.PostAsync("/merchant/products/description-preview", [F("markdown", markdown)], bToken);
        preview.Status.ShouldBe(HttpStatusCode.OK, preview.ToString());
        preview.Html.ShouldContain("<strong>粗体</strong>");
        preview.Html.ShouldContain("&lt;script&gt;");
        preview.Html.ShouldNotContain("javascript:");
        (await b.PostAsync("/merchant/products/description-preview", [F("markdown", markdown)], null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        var buyer = await factory.BuyerAsync();
        var buyerToken = (await buyer.GetAsync("/")).Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        var asBuyer = await buyer.PostAsync("/merchant/products/description-preview", [F("markdown", markdown)], buyerToken);
        asBuyer.Status.ShouldNotBe(HttpStatusCode.OK);
        asBuyer.Html.ShouldNotContain("<strong>粗体</strong>");
    }

    /// The product's fields but its SKUs (liquor's attributes filled in).
    private static IEnumerable<KeyValuePair<string, string>> Product(string name, string categoryId) =>
        CatalogWeb.Fields(name, categoryId).Where(f => !f.Key.StartsWith("Skus[", StringComparison.Ordinal));

    private static IEnumerable<KeyValuePair<string, string>> Sku(int i, string spec, string price, string code, params (string Quantity, string Price)[] tiers)
    {
        yield return F($"Skus[{i}].SpecText", spec);
        yield return F($"Skus[{i}].RetailPrice", price);
        yield return F($"Skus[{i}].Code", code);
        yield return F($"Skus[{i}].WeightGrams", "900");
        for (var j = 0; j < tiers.Length; j++)
        {
            yield return F($"Skus[{i}].TierRows[{j}].MinQuantity", tiers[j].Quantity);
            yield return F($"Skus[{i}].TierRows[{j}].UnitPrice", tiers[j].Price);
        }
    }

    /// The product's images (their bytes, as hex) in the order the details page shows them.
    private static async Task<List<string>> ImagesAsync(Visitor merchant, Infrastructure.Page details)
    {
        var images = new List<string>();
        foreach (var img in details.Document.QuerySelectorAll("[data-testid='images'] img"))
            images.Add(Hex(await merchant.Http.GetByteArrayAsync(img.GetAttribute("src"))));
        return images;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);
}
