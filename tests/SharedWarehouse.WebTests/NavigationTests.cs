using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

/// The back offices have a console shell: a left sidebar of their own menu grouped by section (as merchant consoles
/// are), a top bar and breadcrumbs; the storefront keeps its header with one link to each back office the person
/// may open, and no back-office entries.
[Collection(WebCollection.Name)]
public sealed class NavigationTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_merchant_finds_every_back_office_page_in_the_sidebar_under_its_section()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var page = await merchant.GetAsync("/merchant/orders");
        var menu = page.Document.QuerySelector("[data-testid='side-menu']")!;

        var sections = menu.QuerySelectorAll("[data-testid='menu-section']").Select(s => s.GetAttribute("data-section")).ToList();
        sections.ShouldBe(["Home", "Goods", "Orders", "Stock", "Dropship", "Money", "Shop"]);
        menu.QuerySelectorAll("[data-testid='menu-section']").ShouldAllBe(s => s.GetAttribute("data-area") == "Merchant");
        foreach (var url in new[] { "/merchant/products", "/merchant/consignment", "/merchant/receipts", "/merchant/stock/alerts", "/merchant/dropship", "/merchant/stall-codes", "/merchant/wallet" })
            menu.QuerySelector($"a.bo-link[href='{url}']").ShouldNotBeNull(url);
        menu.QuerySelectorAll("a[aria-current='page']").Select(a => a.GetAttribute("href")).ShouldBe(["/merchant/orders"]);
        menu.QuerySelector("a[href='/cart']").ShouldBeNull("storefront entries stay in the storefront header");
        page.Document.QuerySelector("[data-testid='header-search']").ShouldBeNull();
        page.Document.QuerySelector("[data-testid='bo-topbar'] [data-testid='signed-in-as']").ShouldNotBeNull();
        page.Document.QuerySelectorAll("[data-testid='breadcrumb'] li").Select(li => li.TextContent.Trim()).ShouldBe(["商家后台", "订单管理", "订单"]);
    }

    [Fact]
    public async Task A_detail_page_s_breadcrumb_links_back_to_its_list()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var page = await merchant.GetAsync("/merchant/stock/alerts");
        var crumbs = page.Document.QuerySelectorAll("[data-testid='breadcrumb'] li").ToList();
        crumbs.Select(li => li.TextContent.Trim()).Take(2).ShouldBe(["商家后台", "库存"]);
        crumbs.Last().GetAttribute("aria-current").ShouldBe("page");
        page.Document.QuerySelector("[data-testid='side-menu'] a[aria-current='page']")!.GetAttribute("href").ShouldBe("/merchant/stock/alerts");
    }

    /// A page below a menu entry (库龄与周转 under 库存) ends the trail with its own localised title — written as text,
    /// not as the name of the type that holds it.
    [Fact]
    public async Task A_sub_page_s_breadcrumb_ends_with_its_title()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var page = await merchant.GetAsync("/merchant/stock/analysis");
        page.Document.QuerySelectorAll("[data-testid='breadcrumb'] li").Select(li => li.TextContent.Trim()).ShouldBe(["商家后台", "库存", "库存", "库龄与周转"]);
        page.Document.Body!.TextContent.ShouldNotContain("Microsoft.AspNetCore");
    }

    [Fact]
    public async Task An_admin_s_sidebar_groups_review_goods_dropship_money_and_devices()
    {
        var admin = await factory.AdminAsync();
        var menu = (await admin.GetAsync("/admin")).Document.QuerySelector("[data-testid='side-menu']")!;
        menu.QuerySelectorAll("[data-testid='menu-section']").Select(s => s.GetAttribute("data-section"))
            .ShouldBe(["Home", "Review", "Goods", "Orders", "Stock", "Dropship", "Money", "Devices"]);
        menu.QuerySelector("[data-section='Review'] a.bo-link[href='/admin/products/reviews']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_storefront_header_links_to_the_back_offices_a_person_may_open_and_holds_none_of_their_entries()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var home = await merchant.GetAsync("/");
        var menu = home.Document.QuerySelector("[data-testid='main-menu']")!;
        menu.QuerySelectorAll("[data-testid='back-office-link']").Select(a => a.GetAttribute("href")).ShouldBe(["/merchant"]);
        menu.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldNotContain("/merchant/orders");
        home.Document.QuerySelector("[data-testid='side-menu']").ShouldBeNull();
        (await factory.NewVisitor().GetAsync("/")).Document.QuerySelectorAll("[data-testid='back-office-link']").ShouldBeEmpty();
    }

    [Fact]
    public async Task Section_headings_are_in_the_page_language()
    {
        var admin = await factory.AdminAsync();
        admin.SetCookie(".AspNetCore.Culture", Uri.EscapeDataString("c=en-US|uic=en-US"));
        var menu = (await admin.GetAsync("/admin")).Document.QuerySelector("[data-testid='side-menu']")!;
        menu.QuerySelector("[data-section='Money'] summary")!.TextContent.Trim().ShouldBe("Money");
    }
}
