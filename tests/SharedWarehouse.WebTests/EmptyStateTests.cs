using System.Net;
using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

/// No page shows a table of bare headers: a list with nothing in it says what is missing and offers the next thing
/// to do (the shared empty state) instead of a header row over an empty body.
[Collection(WebCollection.Name)]
public sealed class EmptyStateTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_new_merchant_s_back_office_pages_show_no_table_of_bare_headers()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        await AssertNoBareTablesAsync(merchant, await SidebarLinksAsync(merchant, "/merchant"));
    }

    [Fact]
    public async Task A_new_buyer_s_account_pages_show_no_table_of_bare_headers()
    {
        var buyer = await factory.BuyerAsync();
        var centre = await buyer.GetAsync("/account");
        var links = centre.Document.QuerySelectorAll("[data-testid='account-links'] a").Select(a => a.GetAttribute("href")!)
            .Concat(["/orders", "/account", "/account/addresses", "/account/reviews", "/cart", "/inbox"]);
        await AssertNoBareTablesAsync(buyer, links);
    }

    [Fact]
    public async Task The_admin_s_back_office_pages_show_no_table_of_bare_headers()
    {
        var admin = await factory.AdminAsync();
        await AssertNoBareTablesAsync(admin, await SidebarLinksAsync(admin, "/admin"));
    }

    [Fact]
    public async Task A_new_merchant_s_empty_stock_pages_offer_the_next_step()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var receipts = await merchant.GetAsync("/merchant/receipts");
        receipts.TestId("empty-title").ShouldBe("还没有入库单");
        receipts.Document.QuerySelector("[data-testid='empty-state'] a.btn-primary")!.GetAttribute("href").ShouldBe("/merchant/receipts/new");
        var warehouses = await merchant.GetAsync("/merchant/warehouses");
        warehouses.TestId("empty-title").ShouldBe("还没有仓库");
        warehouses.Document.QuerySelector("[data-testid='empty-state'] a.btn-primary")!.GetAttribute("href").ShouldBe("/merchant/warehouses/new");
    }

    private static async Task<List<string>> SidebarLinksAsync(Visitor visitor, string home)
    {
        var page = await visitor.GetAsync(home);
        page.Status.ShouldBe(HttpStatusCode.OK);
        var links = page.Document.QuerySelectorAll("[data-testid='side-menu'] a.bo-link").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        links.ShouldNotBeEmpty();
        return links;
    }

    private static async Task AssertNoBareTablesAsync(Visitor visitor, IEnumerable<string> paths)
    {
        var bare = new List<string>();
        foreach (var path in paths.Distinct())
        {
            var page = await visitor.GetAsync(path);
            if (page.IsRedirect) page = await visitor.FollowAsync(page);
            page.Status.ShouldBe(HttpStatusCode.OK, path);
            foreach (var table in page.Document.QuerySelectorAll("table").Where(t => t.QuerySelector("thead") is not null))
                if (table.QuerySelectorAll("tbody tr").Length == 0)
                    bare.Add($"{path} ({table.GetAttribute("data-testid") ?? table.ClassName})");
        }
        bare.ShouldBeEmpty("tables of bare headers: " + string.Join(", ", bare));
    }
}
