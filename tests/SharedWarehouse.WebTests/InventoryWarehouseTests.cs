using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class InventoryWarehouseTests(SharedWarehouseFactory factory)
{
    private static List<KeyValuePair<string, string>> Warehouse(string name, string region = District, string latitude = "30.27") =>
        [F("Name", name), F("RegionCode", region), F("Address", "文三路 1 号"), F("Latitude", latitude), F("Longitude", "120.15")];

    /// Opens a warehouse with one bin through the forms; returns the warehouse URL and the bin id.
    private static async Task<(string Url, string BinId)> WarehouseWithBinAsync(Visitor merchant)
    {
        var created = await merchant.SubmitAsync("/merchant/warehouses/new", "/merchant/warehouses/new", Warehouse("自有仓" + Guid.NewGuid().ToString("N")[..4]));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var url = created.Location!;
        var bin = await merchant.SubmitAsync(url, $"{url}/bins", [F("Zone", "A"), F("Code", "A-01")]);
        bin.Status.ShouldBe(HttpStatusCode.Redirect, bin.ToString());
        return (url, "");
    }

    [Fact]
    public async Task The_warehouse_form_keeps_values_and_shows_field_errors_then_creates_the_warehouse()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);

        var bad = await merchant.SubmitAsync("/merchant/warehouses/new", "/merchant/warehouses/new", Warehouse("", region: "", latitude: "95"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Name").ShouldBe("请填写仓库名称");
        bad.FieldError("Latitude").ShouldBe("纬度应在 -90 到 90 之间");
        bad.InputValue("Address").ShouldBe("文三路 1 号");

        var (url, _) = await WarehouseWithBinAsync(merchant);
        var details = await merchant.GetAsync(url);
        details.Status.ShouldBe(HttpStatusCode.OK);
        details.Text("[data-testid='bins'] tbody")!.ShouldContain("A-01");
        (await merchant.GetAsync("/merchant/warehouses")).TestId("total").ShouldBe("共 1 条");
    }

    [Fact]
    public async Task A_posted_receipt_shows_in_stock_and_merchant_B_cannot_reach_A_s_warehouse_or_receipt()
    {
        var a = await CatalogWeb.MerchantAsync(factory);
        var code = "INV-" + Guid.NewGuid().ToString("N")[..8];
        var liquor = await CatalogWeb.LiquorIdAsync(a);
        (await a.SubmitAsync("/merchant/products/new", "/merchant/products/new", CatalogWeb.Fields("入库酒" + code, liquor, code: code))).Status.ShouldBe(HttpStatusCode.Redirect);
        var (url, _) = await WarehouseWithBinAsync(a);
        var warehouseId = url.Split('/').Last();
        var form = await a.GetAsync($"/merchant/receipts/new?warehouseId={warehouseId}");
        var binId = form.Document.QuerySelectorAll("#BinId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        List<KeyValuePair<string, string>> Receipt(string sku) =>
            [F("WarehouseId", warehouseId), F("Supplier", "贵州酒厂"), F("SkuCode", sku), F("Quantity", "24"), F("Lot", "B2026"),
             F("ProductionDate", "2026-01-01"), F("ExpiryDate", "2028-06-30"), F("UnitCost", "80.50"), F("BinId", binId), F("action", "post")];

        var bad = await a.PostAsync("/merchant/receipts/new", Receipt("NO-SUCH"), form.Token("/merchant/receipts/new"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("SkuCode").ShouldBe("找不到该SKU编码");
        bad.InputValue("Lot").ShouldBe("B2026");
        var posted = await a.PostAsync("/merchant/receipts/new", Receipt(code), bad.Token("/merchant/receipts/new"));
        posted.Status.ShouldBe(HttpStatusCode.Redirect, posted.ToString());

        var receipts = await a.GetAsync("/merchant/receipts");
        receipts.TestId("totals")!.ShouldContain("1932.00");
        var receiptId = receipts.Document.QuerySelector("[data-testid='receipts'] tbody tr")!.GetAttribute("data-id")!;
        var stock = await a.GetAsync("/merchant/stock");
        stock.TestId("totals")!.ShouldContain("24");
        stock.Text("[data-testid='stock'] tbody")!.ShouldContain("2028-06-30");

        var b = await CatalogWeb.MerchantAsync(factory);
        (await b.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync($"/merchant/receipts/new?warehouseId={warehouseId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var own = await b.GetAsync("/merchant/receipts");
        var token = (await b.GetAsync("/merchant/warehouses/new")).Token("/merchant/warehouses/new");
        (await b.PostAsync($"{url}/bins", [F("Zone", "X"), F("Code", "X-1")], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"/merchant/receipts/{receiptId}/reverse", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync("/merchant/stock")).TestId("total").ShouldBe("共 0 条");
        own.TestId("total").ShouldBe("共 0 条");
        (await a.GetAsync("/merchant/stock")).TestId("totals")!.ShouldContain("24");
        var analysis = await a.GetAsync("/merchant/stock/analysis");
        analysis.Status.ShouldBe(HttpStatusCode.OK);
        analysis.TestId("total").ShouldBe("共 1 条");
        analysis.Html.ShouldContain("/lib/chart.js/chart.umd.min.");
        analysis.Text("[data-testid='analysis'] [data-testid='code']").ShouldBe(code);
        analysis.Document.QuerySelector("#stock-chart")!.GetAttribute("data-labels")!.ShouldContain(code);
        var empty = await b.GetAsync("/merchant/stock/analysis");
        empty.TestId("total").ShouldBe("共 0 条");
        empty.TestId("empty-title").ShouldBe("暂无在库商品");
    }
}
