using System.Net;
using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class RepairPageTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task An_admin_opens_the_page_from_the_menu_and_a_buyer_is_refused()
    {
        var admin = await factory.AdminAsync();
        var home = await admin.GetAsync("/admin");
        home.Document.QuerySelector("a[href='/admin/repair']").ShouldNotBeNull("the admin menu links the module's page");
        var page = await admin.GetAsync("/admin/repair");
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.TestId("module-title").ShouldBe("维修");

        var buyer = await factory.BuyerAsync();
        (await buyer.GetAsync("/admin/repair")).Location!.ShouldStartWith("/account/denied");
    }
}
