using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class InventoryStocktakeTests(SharedWarehouseFactory factory)
{
    /// A merchant with a product (SKU code returned), a warehouse with bin A-01 in zone A, and 24 units received.
    private async Task<(Visitor Merchant, string WarehouseId, string SkuCode)> StockedAsync()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var code = "STK-" + Guid.NewGuid().ToString("N")[..8];
        var liquor = await CatalogWeb.LiquorIdAsync(merchant);
        (await merchant.SubmitAsync("/merchant/products/new", "/merchant/products/new", CatalogWeb.Fields("盘点酒" + code, liquor, code: code))).Status.ShouldBe(HttpStatusCode.Redirect);
        var warehouseId = await SellingWeb.ReceiveAsync(merchant, code, 24);
        return (merchant, warehouseId, code);
    }

    [Fact]
    public async Task A_blind_count_sheet_is_counted_submitted_approved_and_the_stock_list_shows_the_counted_quantity()
    {
        var (merchant, warehouseId, code) = await StockedAsync();

        var badOpen = await merchant.SubmitAsync("/merchant/stocktakes/new", "/merchant/stocktakes/new", [F("WarehouseId", warehouseId), F("Zone", "Q"), F("Blind", "true")]);
        badOpen.Status.ShouldBe(HttpStatusCode.OK);
        badOpen.FieldError("Zone").ShouldBe("该仓库没有这个库区");
        badOpen.InputValue("Zone").ShouldBe("Q");
        var opened = await merchant.SubmitAsync("/merchant/stocktakes/new", "/merchant/stocktakes/new", [F("WarehouseId", warehouseId), F("Zone", "a"), F("Blind", "true")]);
        opened.Status.ShouldBe(HttpStatusCode.Redirect, opened.ToString());
        var url = opened.Location!;

        var sheet = await merchant.GetAsync(url);
        sheet.Document.QuerySelectorAll("[data-testid='expected']").ShouldBeEmpty("a blind sheet hides the book quantity");
        var countField = sheet.Document.QuerySelector($"tr[data-sku='{code}'] input")!.GetAttribute("name")!;
        var typo = await merchant.PostAsync($"{url}/counts", [F(countField, "2x"), F("action", "submit")], sheet.Token($"{url}/counts"));
        typo.Status.ShouldBe(HttpStatusCode.OK);
        typo.FieldError(countField).ShouldBe("请填写不小于0的整数");
        typo.InputValue(countField).ShouldBe("2x");

        var submitted = await merchant.PostAsync($"{url}/counts", [F(countField, "21"), F("action", "submit")], typo.Token($"{url}/counts"));
        submitted.Status.ShouldBe(HttpStatusCode.Redirect, submitted.ToString());
        var review = await merchant.GetAsync(url);
        review.TestId("status").ShouldBe("待审核");
        review.TestId("variance").ShouldBe("-3");

        var badReturn = await merchant.PostAsync($"{url}/return", [F("Reason", "")], review.Token($"{url}/return"));
        badReturn.FieldError("Reason").ShouldBe("请填写退回原因");
        (await merchant.PostAsync($"{url}/approve", [], review.Token($"{url}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.GetAsync(url)).TestId("status").ShouldBe("已过账");
        (await merchant.GetAsync("/merchant/stock")).TestId("totals")!.ShouldContain("21");
        (await merchant.GetAsync("/merchant/stocktakes")).TestId("totals").ShouldBe("盘盈: 0 · 盘亏: 3");
    }

    [Fact]
    public async Task Merchant_B_cannot_open_count_or_approve_on_A_s_sheet_by_changing_the_id_in_the_url()
    {
        var (a, warehouseId, code) = await StockedAsync();
        var url = (await a.SubmitAsync("/merchant/stocktakes/new", "/merchant/stocktakes/new", [F("WarehouseId", warehouseId), F("Zone", "A")])).Location!;
        var countField = (await a.GetAsync(url)).Document.QuerySelector($"tr[data-sku='{code}'] input")!.GetAttribute("name")!;
        var b = await CatalogWeb.MerchantAsync(factory);
        var token = (await b.GetAsync("/merchant/stocktakes/new")).Token("/merchant/stocktakes/new");

        (await b.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/counts", [F(countField, "0"), F("action", "submit")], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/approve", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/cancel", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        var foreign = await b.PostAsync("/merchant/stocktakes/new", [F("WarehouseId", warehouseId), F("Zone", "A")], token);
        foreign.FieldError("WarehouseId").ShouldBe("请选择您可以使用的仓库");

        var mine = await a.GetAsync(url);
        mine.TestId("status").ShouldBe("盘点中");
        mine.InputValue(countField).ShouldBeNull();
    }

    [Fact]
    public async Task Alert_forms_refuse_bad_input_by_field_keep_it_and_save_a_safety_stock_shown_with_today_s_available()
    {
        var (merchant, _, code) = await StockedAsync();

        var bad = await merchant.SubmitAsync("/merchant/stock/alerts", "/merchant/stock/alerts/thresholds", [F("SkuCode", "NO-SUCH"), F("Threshold", "5")]);
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("SkuCode").ShouldBe("找不到该SKU编码");
        bad.InputValue("SkuCode").ShouldBe("NO-SUCH");
        bad.InputValue("Threshold").ShouldBe("5");
        var badDays = await merchant.SubmitAsync("/merchant/stock/alerts", "/merchant/stock/alerts/settings", [F("NearExpiryDays", "0")]);
        badDays.FieldError("NearExpiryDays").ShouldBe("临期提醒天数应在 1 到 730 之间");

        (await merchant.SubmitAsync("/merchant/stock/alerts", "/merchant/stock/alerts/thresholds", [F("SkuCode", code), F("Threshold", "30")])).Status.ShouldBe(HttpStatusCode.Redirect);
        var page = await merchant.GetAsync("/merchant/stock/alerts");
        page.Text($"[data-testid='thresholds'] tr[data-sku='{code}']")!.ShouldContain("24");
        var remove = page.Document.QuerySelector($"tr[data-sku='{code}'] form")!.GetAttribute("action")!;

        var b = await CatalogWeb.MerchantAsync(factory);
        (await b.PostAsync(remove, [], (await b.GetAsync("/merchant/stock/alerts")).Token("/merchant/stock/alerts/settings"))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await merchant.GetAsync("/merchant/stock/alerts")).Text("[data-testid='thresholds'] tbody")!.ShouldContain(code);
    }
}
