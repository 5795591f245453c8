using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

/// The back-office menus are grouped by section (as merchant consoles are), so every entry is reachable from a header
/// that stays one line: the merchant's 20 entries and the admin's 17 sit under a handful of section menus.
[Collection(WebCollection.Name)]
public sealed class NavigationTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_merchant_finds_every_back_office_page_under_a_section_of_the_menu()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var page = await merchant.GetAsync("/merchant");
        var menu = page.Document.QuerySelector("[data-testid='main-menu']")!;

        var sections = menu.QuerySelectorAll("[data-testid='menu-section'][data-area='Merchant']").Select(s => s.GetAttribute("data-section")).ToList();
        sections.ShouldBe(["Goods", "Stock", "Dropship"]);
        static bool BackOffice(string? href) => href == "/merchant" || href?.StartsWith("/merchant/", StringComparison.Ordinal) == true;
        var merchantTopLevel = menu.Children.Count(li => li.GetAttribute("data-area") == "Merchant" || BackOffice(li.QuerySelector("a.nav-link")?.GetAttribute("href")));
        merchantTopLevel.ShouldBeLessThanOrEqualTo(7, "the merchant's 20 back-office entries in the header");
        foreach (var url in new[] { "/merchant/products", "/merchant/consignment", "/merchant/receipts", "/merchant/stock/alerts", "/merchant/dropship", "/merchant/stall-codes" })
            menu.QuerySelector($"[data-testid='menu-section'] a.dropdown-item[href='{url}']").ShouldNotBeNull(url);
        menu.QuerySelector("a.nav-link[href='/merchant/orders']").ShouldNotBeNull("a section with one entry stays a plain link");
    }

    [Fact]
    public async Task An_admin_s_menu_groups_review_goods_dropship_money_and_devices()
    {
        var admin = await factory.AdminAsync();
        var menu = (await admin.GetAsync("/admin")).Document.QuerySelector("[data-testid='main-menu']")!;
        menu.QuerySelectorAll("[data-testid='menu-section'][data-area='Admin']").Select(s => s.GetAttribute("data-section"))
            .ShouldBe(["Review", "Goods", "Dropship", "Money", "Devices"]);
        menu.QuerySelector("[data-section='Review'] a.dropdown-item[href='/admin/products/reviews']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Section_headings_are_in_the_page_language()
    {
        var admin = await factory.AdminAsync();
        admin.SetCookie(".AspNetCore.Culture", Uri.EscapeDataString("c=en-US|uic=en-US"));
        var menu = (await admin.GetAsync("/admin")).Document.QuerySelector("[data-testid='main-menu']")!;
        menu.QuerySelector("[data-section='Money'] .dropdown-toggle")!.TextContent.Trim().ShouldBe("Money");
    }
}
