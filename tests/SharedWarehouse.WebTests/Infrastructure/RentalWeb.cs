using System.Net;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests.Infrastructure;

public sealed record RentalItemWeb(Visitor Merchant, string ItemId, string WarehouseId)
{
    public string EditUrl => $"/merchant/rental-items/{ItemId}";
}

/// A shop's product turned into a rental item through the merchant's forms (¥100 a day, ¥500 a week, ¥800 deposit, ¥50 a
/// day late), with its units added by serial number into the shop's warehouse.
internal static class RentalWeb
{
    public static List<KeyValuePair<string, string>> Terms(string day = "100.00", string week = "500.00", string deposit = "800.00",
        string minDays = "1", string maxDays = "30", string lateFee = "50.00") =>
        [F("DayPrice", day), F("WeekPrice", week), F("MonthPrice", ""), F("Deposit", deposit), F("LateFeePerDay", lateFee), F("MinDays", minDays),
         F("MaxDays", maxDays), F("BufferDays", "1"), F("EarlyReturn", "NoRefund"), F("Description", "含电池两块")];

    public static async Task<RentalItemWeb> ItemAsync(SharedWarehouseFactory factory, params string[] serials)
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 1);
        var merchant = product.Merchant;
        var list = await merchant.GetAsync("/merchant/rental-items");
        list.Status.ShouldBe(HttpStatusCode.OK, list.ToString());
        var created = await merchant.PostAsync("/merchant/rental-items", [F("SkuId", product.SkuId), .. Terms()], list.Token("/merchant/rental-items"));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var itemId = created.Location!.Split('/')[^1];
        var edit = await merchant.GetAsync(created.Location!);
        var warehouse = edit.Document.QuerySelectorAll("#WarehouseId option").Select(o => o.GetAttribute("value")).Last(v => !string.IsNullOrEmpty(v))!;
        foreach (var serial in serials.Length > 0 ? serials : ["CAM-001"])
            (await merchant.PostAsync($"/merchant/rental-items/{itemId}/units", [F("Serial", serial), F("WarehouseId", warehouse)],
                edit.Token($"/merchant/rental-items/{itemId}/units"))).Status.ShouldBe(HttpStatusCode.Redirect);
        return new RentalItemWeb(merchant, itemId, warehouse);
    }

    /// The buyer picks the dates on the item page (its GET form), then books with the page's form.
    public static async Task<Page> BookAsync(Visitor buyer, string itemId, DateOnly start, DateOnly end, string fulfilment = "Pickup", string address = "")
    {
        var page = await buyer.GetAsync($"/rentals/{itemId}?start={start:yyyy-MM-dd}&end={end:yyyy-MM-dd}");
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        return await buyer.PostAsync($"/rentals/{itemId}/book",
            [F("RequestKey", page.InputValue("RequestKey")!), F("StartDate", page.InputValue("StartDate")!), F("EndDate", page.InputValue("EndDate")!),
             F("Fulfilment", fulfilment), F("DeliveryAddress", address)], page.Token($"/rentals/{itemId}/book"));
    }

    public static DateOnly Today => SharedWarehouse.BuildingBlocks.Time.ChinaTime.Today(TimeProvider.System);
}
