using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class InventoryGrantTransferTests(SharedWarehouseFactory factory)
{
    private static async Task<string> ShopNameAsync(Visitor merchant) => (await merchant.GetAsync("/merchant")).TestId("shop-name")!;

    /// A product whose SKU has this code, made through the product form.
    private static async Task ProductAsync(Visitor merchant, string code, string name)
    {
        var liquor = await CatalogWeb.LiquorIdAsync(merchant);
        (await merchant.SubmitAsync("/merchant/products/new", "/merchant/products/new", CatalogWeb.Fields(name, liquor, code: code))).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    /// A warehouse with one bin, through the forms; returns the warehouse id and the bin id.
    private static async Task<(string Id, string BinId)> WarehouseAsync(Visitor merchant, string name, string bin)
    {
        var created = await merchant.SubmitAsync("/merchant/warehouses/new", "/merchant/warehouses/new",
            [F("Name", name), F("RegionCode", District), F("Address", "文三路 1 号"), F("Latitude", "30.27"), F("Longitude", "120.15")]);
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var url = created.Location!;
        (await merchant.SubmitAsync(url, $"{url}/bins", [F("Zone", "A"), F("Code", bin)])).Status.ShouldBe(HttpStatusCode.Redirect);
        var id = url.Split('/').Last();
        var form = await merchant.GetAsync($"/merchant/receipts/new?warehouseId={id}");
        return (id, form.Document.QuerySelectorAll("#BinId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!);
    }

    private static async Task ReceiveAsync(Visitor merchant, string warehouseId, string binId, string code, int quantity)
    {
        var posted = await merchant.SubmitAsync($"/merchant/receipts/new?warehouseId={warehouseId}", "/merchant/receipts/new",
            [F("WarehouseId", warehouseId), F("Supplier", "贵州酒厂"), F("SkuCode", code), F("Quantity", quantity.ToString()), F("Lot", "B2026"),
             F("ProductionDate", "2026-01-01"), F("ExpiryDate", "2028-06-30"), F("UnitCost", "80.50"), F("BinId", binId), F("action", "post")]);
        posted.Status.ShouldBe(HttpStatusCode.Redirect, posted.ToString());
    }

    private static string Code() => "GT-" + Guid.NewGuid().ToString("N")[..8];

    private static List<KeyValuePair<string, string>> Grant(string scope, string skuCode = "", string warehouseId = "", string grantee = "platform", string shopName = "") =>
        [F("Scope", scope), F("SkuCode", skuCode), F("WarehouseId", warehouseId), F("Grantee", grantee), F("ShopName", shopName)];

    [Fact]
    public async Task Grants_are_made_by_code_and_shop_name_listed_by_name_seen_only_by_their_grantees_and_revoked_only_by_their_owner()
    {
        var a = await CatalogWeb.MerchantAsync(factory);
        var b = await CatalogWeb.MerchantAsync(factory);
        var c = await CatalogWeb.MerchantAsync(factory);
        var (open, granted) = (Code(), Code());
        await ProductAsync(a, open, "共享酒" + open);
        await ProductAsync(a, granted, "定向酒" + granted);
        var warehouseName = "共享仓" + Guid.NewGuid().ToString("N")[..4];
        var (warehouse, bin) = await WarehouseAsync(a, warehouseName, "A-01");
        await ReceiveAsync(a, warehouse, bin, open, 12);
        await ReceiveAsync(a, warehouse, bin, granted, 8);
        var cName = await ShopNameAsync(c);

        // Bad input: field errors, values kept, nothing created.
        var form = await a.GetAsync("/merchant/grants/new");
        form.Status.ShouldBe(HttpStatusCode.OK, form.ToString());
        var bad = await a.PostAsync("/merchant/grants/new", Grant("Sku", "NO-SUCH", grantee: "shop", shopName: "没有这家店" + open), form.Token("/merchant/grants/new"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("SkuCode").ShouldBe("找不到该SKU编码");
        bad.FieldError("ShopName").ShouldBe("找不到该店铺");
        bad.InputValue("SkuCode").ShouldBe("NO-SUCH");
        bad.InputValue("ShopName").ShouldBe("没有这家店" + open);
        bad.Document.QuerySelector("#Grantee option[selected]")?.GetAttribute("value").ShouldBe("shop");
        (await a.GetAsync("/merchant/grants")).TestId("total").ShouldBe("共 0 条");

        var toAll = await a.PostAsync("/merchant/grants/new", Grant("Sku", open), bad.Token("/merchant/grants/new"));
        toAll.Status.ShouldBe(HttpStatusCode.Redirect, toAll.ToString());
        var toC = await a.SubmitAsync("/merchant/grants/new", "/merchant/grants/new", Grant("Warehouse", warehouseId: warehouse, grantee: "shop", shopName: cName));
        toC.Status.ShouldBe(HttpStatusCode.Redirect, toC.ToString());

        var list = await a.GetAsync("/merchant/grants");
        list.TestId("total").ShouldBe("共 2 条");
        var rows = list.Document.QuerySelectorAll("[data-testid='grants'] tbody tr").ToList();
        var skuRow = rows.Single(r => r.TextContent.Contains(open));
        skuRow.TextContent.ShouldContain("共享酒" + open);
        skuRow.TextContent.ShouldContain("全平台");
        var warehouseRow = rows.Single(r => r.TextContent.Contains(warehouseName));
        warehouseRow.TextContent.ShouldContain(cName);

        // B sees the platform-wide grant only; C also sees what is shared with its shop.
        var seenByB = await b.GetAsync("/merchant/grants/received");
        seenByB.Status.ShouldBe(HttpStatusCode.OK, seenByB.ToString());
        var bTable = seenByB.Text("[data-testid='shared'] tbody")!;
        bTable.ShouldContain(open);
        bTable.ShouldContain("12");
        bTable.ShouldNotContain(granted);
        var cTable = (await c.GetAsync("/merchant/grants/received")).Text("[data-testid='shared'] tbody")!;
        cTable.ShouldContain(open);
        cTable.ShouldContain(granted);
        (await b.GetAsync("/merchant/grants")).TestId("total").ShouldBe("共 0 条");

        // B cannot revoke A's grant by its id; A can.
        var grantId = skuRow.GetAttribute("data-id")!;
        var bToken = (await b.GetAsync("/merchant/grants/new")).Token("/merchant/grants/new");
        (await b.PostAsync($"/merchant/grants/{grantId}/revoke", [], bToken)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await a.GetAsync("/merchant/grants")).TestId("total").ShouldBe("共 2 条");
        var revoked = await a.PostAsync($"/merchant/grants/{grantId}/revoke", [], list.Token($"/merchant/grants/{grantId}/revoke"));
        revoked.Status.ShouldBe(HttpStatusCode.Redirect, revoked.ToString());
        (await a.GetAsync("/merchant/grants")).TestId("total").ShouldBe("共 1 条");
        ((await b.GetAsync("/merchant/grants/received")).Text("[data-testid='shared'] tbody") ?? "").ShouldNotContain(open);
    }

    [Fact]
    public async Task A_transfer_shipped_from_a_stock_row_moves_the_quantity_when_received_and_merchant_B_cannot_touch_it()
    {
        var a = await CatalogWeb.MerchantAsync(factory);
        var code = Code();
        await ProductAsync(a, code, "调拨酒" + code);
        var (source, sourceBin) = await WarehouseAsync(a, "调出仓" + code, "S-01");
        var (target, targetBin) = await WarehouseAsync(a, "调入仓" + code, "T-01");
        await ReceiveAsync(a, source, sourceBin, code, 24);

        var stock = await a.GetAsync("/merchant/stock");
        var row = stock.Document.QuerySelector("[data-testid='stock'] tbody tr")!;
        row.TextContent.ShouldContain(code);
        row.TextContent.ShouldContain("调拨酒" + code);
        var link = row.QuerySelector("a[href^='/merchant/transfers/new']")!.GetAttribute("href")!;
        var balanceId = link.Split('=').Last();
        (await a.GetAsync($"/merchant/stock?q={code}")).TestId("total").ShouldBe("共 1 条");
        (await a.GetAsync("/merchant/stock?q=NO-SUCH-SKU")).TestId("total").ShouldBe("共 0 条");

        var form = await a.GetAsync(link);
        form.Status.ShouldBe(HttpStatusCode.OK, form.ToString());
        form.TestId("available").ShouldBe("24");
        List<KeyValuePair<string, string>> Transfer(string quantity) =>
            [F("FromBalanceId", balanceId), F("ToWarehouseId", target), F("ToBinId", targetBin), F("Quantity", quantity)];
        var bad = await a.PostAsync("/merchant/transfers/new", Transfer("0"), form.Token("/merchant/transfers/new"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Quantity").ShouldBe("数量必须大于0");
        bad.Document.QuerySelector("#ToBinId option[selected]")?.GetAttribute("value").ShouldBe(targetBin);
        var shipped = await a.PostAsync("/merchant/transfers/new", Transfer("10"), bad.Token("/merchant/transfers/new"));
        shipped.Status.ShouldBe(HttpStatusCode.Redirect, shipped.ToString());

        var transfers = await a.GetAsync("/merchant/transfers");
        transfers.TestId("total").ShouldBe("共 1 条");
        transfers.TestId("totals")!.ShouldContain("10");
        var transferRow = transfers.Document.QuerySelector("[data-testid='transfers'] tbody tr")!;
        transferRow.TextContent.ShouldContain("调出仓" + code);
        transferRow.TextContent.ShouldContain("T-01");
        transferRow.QuerySelector("[data-testid='status']")!.TextContent.Trim().ShouldBe("在途");
        var transferId = transferRow.GetAttribute("data-id")!;
        (await a.GetAsync("/merchant/stock")).TestId("totals")!.ShouldContain("在库: 14");

        // B can neither ship from A's balance nor receive A's transfer by their ids.
        var b = await CatalogWeb.MerchantAsync(factory);
        var bToken = (await b.GetAsync("/merchant/grants/new")).Token("/merchant/grants/new");
        (await b.GetAsync(link)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync("/merchant/transfers/new", Transfer("1"), bToken)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"/merchant/transfers/{transferId}/receive", [], bToken)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync("/merchant/transfers")).TestId("total").ShouldBe("共 0 条");
        (await a.GetAsync("/merchant/stock")).TestId("totals")!.ShouldContain("在库: 14");
        (await a.GetAsync("/merchant/transfers?status=InTransit")).TestId("total").ShouldBe("共 1 条");

        var received = await a.PostAsync($"/merchant/transfers/{transferId}/receive", [], transfers.Token($"/merchant/transfers/{transferId}/receive"));
        received.Status.ShouldBe(HttpStatusCode.Redirect, received.ToString());
        var after = await a.GetAsync("/merchant/stock");
        after.TestId("totals")!.ShouldContain("在库: 24");
        after.TestId("total").ShouldBe("共 2 条");
        (await a.GetAsync($"/merchant/stock?warehouseId={target}")).TestId("totals")!.ShouldContain("在库: 10");
        var done = await a.GetAsync("/merchant/transfers?status=Received");
        done.TestId("total").ShouldBe("共 1 条");
        done.TestId("totals")!.ShouldContain("0");
    }
}
