using System.Net;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests.Infrastructure;

public sealed record SellableProduct(Visitor Merchant, string ProductId, string SkuId, string SkuCode);

/// A merchant's product taken through the real forms to "on sale with stock": created, image uploaded, submitted,
/// approved by an admin, listed, and the quantity received into a warehouse bin.
internal static class SellingWeb
{
    public static async Task<SellableProduct> SellableAsync(SharedWarehouseFactory factory, int stock = 24, string price = "128.00")
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var code = "OR-" + Guid.NewGuid().ToString("N")[..8];
        var liquor = await CatalogWeb.LiquorIdAsync(merchant);
        var created = await merchant.SubmitAsync($"/merchant/products/new?categoryId={liquor}", "/merchant/products/new",
            CatalogWeb.Fields("下单酒" + code, liquor, price: price, code: code));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var url = created.Location!;
        var id = url["/merchant/products/".Length..];
        var details = await merchant.GetAsync(url);
        (await merchant.PostMultipartAsync($"{url}/images", [], [new Upload("images", "a.png", Png(12, 34, 56))], details.Token($"{url}/images")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.AdminAsync();
        var review = await admin.GetAsync($"/admin/products/{id}");
        (await admin.PostAsync($"/admin/products/{id}/approve", [], review.Token($"/admin/products/{id}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.PostAsync($"{url}/list", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        await ReceiveAsync(merchant, code, stock);
        var page = await factory.NewVisitor().GetAsync($"/products/{id}");
        var chip = page.Document.QuerySelector($"label.sku-chip[data-code='{code}']")!;
        var skuId = page.Document.GetElementById(chip.GetAttribute("for")!)!.GetAttribute("value")!;
        return new SellableProduct(merchant, id, skuId, code);
    }

    /// A new warehouse with bin A-01 (zone A) and a posted receipt of the quantity; returns the warehouse id.
    public static async Task<string> ReceiveAsync(Visitor merchant, string code, int quantity)
    {
        var created = await merchant.SubmitAsync("/merchant/warehouses/new", "/merchant/warehouses/new",
            [F("Name", "仓" + Guid.NewGuid().ToString("N")[..6]), F("RegionCode", District), F("Address", "文三路 1 号"), F("Latitude", "30.27"), F("Longitude", "120.15")]);
        var warehouseUrl = created.Location!;
        (await merchant.SubmitAsync(warehouseUrl, $"{warehouseUrl}/bins", [F("Zone", "A"), F("Code", "A-01")])).Status.ShouldBe(HttpStatusCode.Redirect);
        var warehouseId = warehouseUrl.Split('/').Last();
        var form = await merchant.GetAsync($"/merchant/receipts/new?warehouseId={warehouseId}");
        var binId = form.Document.QuerySelectorAll("#BinId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var posted = await merchant.PostAsync("/merchant/receipts/new",
            [F("WarehouseId", warehouseId), F("Supplier", "酒厂"), F("SkuCode", code), F("Quantity", quantity.ToString()), F("Lot", "B1"), F("UnitCost", "10"), F("BinId", binId), F("action", "post")],
            form.Token("/merchant/receipts/new"));
        posted.Status.ShouldBe(HttpStatusCode.Redirect, posted.ToString());
        return warehouseId;
    }
}
