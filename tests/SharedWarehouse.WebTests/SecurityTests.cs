using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class SecurityTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_answered_400_even_with_the_right_password()
    {
        var visitor = factory.NewVisitor();
        (await visitor.GetAsync("/account/login")).Status.ShouldBe(HttpStatusCode.OK); // the antiforgery cookie is set

        var answer = await visitor.PostAsync("/account/login",
            [F("Phone", SharedWarehouseFactory.AdminPhone), F("Password", SharedWarehouseFactory.AdminPassword)], token: null);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.Text("h1").ShouldBe("请求无效，请刷新页面后重试");
        visitor.HasCookie("sw.auth").ShouldBeFalse();
    }

    [Fact]
    public async Task A_token_taken_from_another_browser_is_answered_400()
    {
        var other = await factory.NewVisitor().GetAsync("/account/login");
        var visitor = factory.NewVisitor();
        (await visitor.GetAsync("/account/login")).Status.ShouldBe(HttpStatusCode.OK);

        var answer = await visitor.PostAsync("/account/login",
            [F("Phone", SharedWarehouseFactory.AdminPhone), F("Password", SharedWarehouseFactory.AdminPassword)], other.Token("/account/login"));

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        visitor.HasCookie("sw.auth").ShouldBeFalse();
    }

    [Fact]
    public async Task A_shop_application_post_without_the_antiforgery_token_is_answered_400_and_saves_nothing()
    {
        var buyer = await factory.BuyerAsync();
        (await buyer.GetAsync("/merchant-application/edit")).Status.ShouldBe(HttpStatusCode.OK);

        var answer = await buyer.PostMultipartAsync("/merchant-application/edit", ApplicationFields(NewShopName()), Images(), token: null);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        var own = await buyer.GetAsync("/merchant-application");
        own.Status.ShouldBe(HttpStatusCode.Redirect);
        own.Location.ShouldBe("/merchant-application/edit");
    }

    [Fact]
    public async Task Every_post_form_carries_an_antiforgery_token_and_the_get_filter_form_none()
    {
        var admin = await factory.AdminAsync();
        var pages = new[] { "/account/login", "/account/register", "/account/forgot", "/admin/merchant-applications", "/inbox", "/account/denied" };
        var postForms = 0;
        foreach (var url in pages)
        {
            var visitor = url.StartsWith("/account/", StringComparison.Ordinal) ? factory.NewVisitor() : admin;
            var page = await visitor.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK, url);
            foreach (var form in page.Document.QuerySelectorAll("form"))
            {
                var isPost = string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase);
                var tokens = form.QuerySelectorAll("input[name='__RequestVerificationToken']").Length;
                tokens.ShouldBe(isPost ? 1 : 0, $"{url}: form {form.GetAttribute("action")}");
                if (isPost) postForms++;
            }
        }
        postForms.ShouldBeGreaterThanOrEqualTo(pages.Length + 2); // the page forms plus the layout's language and sign-out forms
        (await admin.GetAsync("/admin/merchant-applications")).Document.QuerySelector("form[data-testid='filters']")
            ?.GetAttribute("method").ShouldBe("get");
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var visitor = factory.NewVisitor();
        foreach (var url in new[] { "/", "/account/login", "/no-such-page" })
        {
            var response = (await visitor.GetAsync(url)).Response;
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff", url);
            Header(response, "X-Frame-Options").ShouldBe("DENY", url);
            Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin", url);
            var csp = Header(response, "Content-Security-Policy");
            csp.ShouldNotBeNull(url);
            csp.Split(';', StringSplitOptions.TrimEntries).ShouldContain("default-src 'self'", url);
            csp.Split(';', StringSplitOptions.TrimEntries).ShouldContain("frame-ancestors 'none'", url);
            csp.ShouldNotContain("unsafe-inline", Case.Insensitive, url);
        }
    }

    [Fact]
    public async Task The_auth_cookie_is_HttpOnly_and_SameSite_and_so_is_the_antiforgery_cookie()
    {
        var visitor = factory.NewVisitor();
        var form = await visitor.GetAsync("/account/login");
        var antiforgery = SetCookie(form.Response, "sw.af");
        antiforgery.ShouldNotBeNull();
        antiforgery.ShouldContain("httponly", Case.Insensitive);
        antiforgery.ShouldContain("samesite=strict", Case.Insensitive);

        var signedIn = await visitor.PostAsync("/account/login",
            [F("Phone", SharedWarehouseFactory.AdminPhone), F("Password", SharedWarehouseFactory.AdminPassword)], form.Token("/account/login"));

        signedIn.Status.ShouldBe(HttpStatusCode.Redirect, signedIn.ToString());
        var auth = SetCookie(signedIn.Response, "sw.auth");
        auth.ShouldNotBeNull();
        auth.ShouldContain("httponly", Case.Insensitive);
        auth.ShouldContain("samesite=lax", Case.Insensitive);
        auth.ShouldContain("path=/", Case.Insensitive);
    }

    [Fact]
    public async Task Health_endpoints_answer_200()
    {
        var visitor = factory.NewVisitor();
        var live = await visitor.GetAsync("/health/live");
        live.Status.ShouldBe(HttpStatusCode.OK);
        live.Html.ShouldBe("Healthy");
        var ready = await visitor.GetAsync("/health/ready");
        ready.Status.ShouldBe(HttpStatusCode.OK);
        ready.Html.ShouldBe("Healthy");
    }

    [Fact]
    public async Task A_missing_page_is_a_404_page_showing_the_correlation_id_of_the_response()
    {
        var visitor = factory.NewVisitor();

        var page = await visitor.GetAsync("/no-such-page");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text("h1").ShouldBe("页面不存在");
        var id = Header(page.Response, "X-Correlation-Id");
        id.ShouldNotBeNullOrWhiteSpace();
        page.TestId("correlation-id").ShouldBe(id);
    }

    [Fact]
    public async Task A_well_formed_incoming_correlation_id_is_kept_and_a_malformed_one_replaced()
    {
        var visitor = factory.NewVisitor();
        using var good = new HttpRequestMessage(HttpMethod.Get, "/no-such-page") { Headers = { { "X-Correlation-Id", "proxy-1234abcd" } } };
        var kept = await Page.ReadAsync(await visitor.Http.SendAsync(good));
        Header(kept.Response, "X-Correlation-Id").ShouldBe("proxy-1234abcd");
        kept.TestId("correlation-id").ShouldBe("proxy-1234abcd");

        using var bad = new HttpRequestMessage(HttpMethod.Get, "/no-such-page") { Headers = { { "X-Correlation-Id", "<script>x</script>" } } };
        var replaced = await Page.ReadAsync(await visitor.Http.SendAsync(bad));
        var id = Header(replaced.Response, "X-Correlation-Id");
        id.ShouldNotBeNull();
        id.ShouldMatch("^[A-Za-z0-9-]{8,64}$");
        replaced.TestId("correlation-id").ShouldBe(id);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values) : null;

    private static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : null;
}
