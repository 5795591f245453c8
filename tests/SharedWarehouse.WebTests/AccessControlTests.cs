using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Another user's application is out of reach whatever id is put in a URL or form.
[Collection(WebCollection.Name)]
public sealed class AccessControlTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        var visitor = factory.NewVisitor();
        foreach (var url in new[] { "/merchant-application", "/merchant-application/edit", "/inbox", "/admin/merchant-applications" })
        {
            var page = await visitor.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.Redirect, url);
            page.Location.ShouldStartWith("/account/login?ReturnUrl=", Case.Sensitive, url);
            Uri.UnescapeDataString(page.Location!["/account/login?ReturnUrl=".Length..]).ShouldBe(url);
        }
    }

    [Fact]
    public async Task A_buyer_cannot_reach_another_users_application_by_its_id()
    {
        var a = await factory.BuyerAsync();
        var b = await factory.BuyerAsync();
        var shopName = NewShopName("甲的商店");
        (await a.ApplyAsync(shopName)).Status.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.AdminAsync();
        var id = await admin.ApplicationIdAsync(shopName);

        // B's own application page knows only B's (none yet).
        var own = await b.GetAsync("/merchant-application");
        own.Status.ShouldBe(HttpStatusCode.Redirect);
        own.Location.ShouldBe("/merchant-application/edit");
        var ownWithId = await b.GetAsync($"/merchant-application?id={id}");
        ownWithId.Location.ShouldBe("/merchant-application/edit");
        (await b.GetAsync("/merchant-application/image/license")).Status.ShouldBe(HttpStatusCode.NotFound);

        // The review pages refuse B (no reviewer) for A's id.
        Refused(await b.GetAsync($"/admin/merchant-applications/{id}"));
        Refused(await b.GetAsync($"/admin/merchant-applications/{id}/image/license"));
        Refused(await b.GetAsync($"/admin/merchant-applications/{id}/image/id"));
        Refused(await b.GetAsync("/admin/merchant-applications"));

        // Posting an approval with a valid token for B's session is refused and changes nothing.
        var token = (await b.GetAsync("/merchant-application/edit")).Token("/merchant-application/edit");
        var approve = await b.PostAsync($"/admin/merchant-applications/{id}/approve", [], token);
        Refused(approve);
        var reject = await b.PostAsync($"/admin/merchant-applications/{id}/reject", [F("Reason", "随便驳回")], token);
        Refused(reject);

        var aOwn = await a.GetAsync("/merchant-application");
        aOwn.TestId("status").ShouldBe("待审核");
        aOwn.Document.QuerySelectorAll("[data-testid='history'] li").Length.ShouldBe(1);
        var details = await admin.GetAsync($"/admin/merchant-applications/{id}");
        details.TestId("status").ShouldBe("待审核");

        // B saving B's own form does not touch A's application either.
        var bName = NewShopName("乙的商店");
        var fields = ApplicationFields(bName, action: "save");
        fields.Add(F("Id", id.ToString()));
        (await b.SubmitMultipartAsync("/merchant-application/edit", "/merchant-application/edit", fields, [])).Status
            .ShouldBe(HttpStatusCode.Redirect);
        (await a.GetAsync("/merchant-application")).TestId("shop-name").ShouldBe(shopName);
        (await b.GetAsync("/merchant-application")).TestId("shop-name").ShouldBe(bName);
    }

    [Fact]
    public async Task The_applicants_images_are_served_to_them_and_to_reviewers()
    {
        var a = await factory.BuyerAsync();
        var shopName = NewShopName("图片商店");
        (await a.ApplyAsync(shopName)).Status.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.AdminAsync();
        var id = await admin.ApplicationIdAsync(shopName);

        var own = await a.Http.GetAsync("/merchant-application/image/license");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType?.MediaType.ShouldBe("image/png");
        (await own.Content.ReadAsByteArrayAsync()).ShouldBe(Png());
        own.Headers.CacheControl?.NoStore.ShouldBe(true);

        var reviewed = await admin.Http.GetAsync($"/admin/merchant-applications/{id}/image/id");
        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewed.Content.ReadAsByteArrayAsync()).ShouldBe(Png(200, 40, 40));
        (await admin.GetAsync($"/admin/merchant-applications/{Guid.NewGuid()}/image/id")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    /// 403, or the cookie scheme's redirect to the access-denied page; never the content.
    private static void Refused(Page page)
    {
        if (page.Status == HttpStatusCode.Forbidden) return;
        page.Status.ShouldBe(HttpStatusCode.Redirect, page.ToString());
        page.Location.ShouldStartWith("/account/denied");
    }
}
