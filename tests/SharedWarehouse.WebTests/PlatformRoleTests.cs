using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.WebTests.Infrastructure;
using Xunit.Abstractions;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The super admin gives console roles on /admin/staff; every admin route, taken from the running app, opens to
/// exactly the roles its [Authorize] attributes name (controller and action both) and refuses the others.
[Collection(WebCollection.Name)]
public sealed partial class PlatformRoleTests(SharedWarehouseFactory factory, ITestOutputHelper output)
{
    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    private sealed record AdminRoute(string Method, string Template, IReadOnlyList<string[]> RoleLists)
    {
        public bool AllowedFor(string role) => RoleLists.All(list => list.Contains(role));

        public string Url() => "/" + Parameter().Replace(Template, m => m.Value.Contains(":guid") ? Guid.NewGuid().ToString() : "x");

        public override string ToString() => $"{Method} /{Template}";
    }

    private IReadOnlyList<AdminRoute> AdminRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } a && a.RouteValues.TryGetValue("area", out var area) && area == "Admin"
                && !e.RoutePattern.RawText!.Contains("{area")) // the conventional fallback route: the same actions again
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new AdminRoute(method,
                e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.OfType<IAuthorizeData>().Where(d => d.Roles is not null).Select(d => d.Roles!.Split(',')).ToList())))
            .OrderBy(r => r.Template).ToList();

    /// A new account given these console roles by the super admin on the staff page, its cookie refreshed so the
    /// roles apply now (they would at the next stamp check, within a minute).
    private async Task<Visitor> GrantedAsync(Visitor admin, params string[] roles)
    {
        var person = await factory.BuyerAsync();
        var page = await admin.GetAsync("/admin/staff");
        (await admin.PostAsync("/admin/staff", [F("Phone", person.Phone!), .. roles.Select(r => F("Roles", r))], page.Token("/admin/staff")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        await RefreshAsync(person);
        return person;
    }

    private static async Task RefreshAsync(Visitor person)
    {
        var home = await person.GetAsync("/account");
        await person.PostAsync("/account/refresh", [F("returnUrl", "/")], home.Token("/account/logout"));
    }

    private static bool Refused(Page page) =>
        page.Status == HttpStatusCode.Forbidden || (page.Status == HttpStatusCode.Redirect && page.Location!.StartsWith("/account/denied"));

    [Fact]
    public async Task Each_console_role_opens_exactly_the_admin_routes_that_name_it()
    {
        var admin = await factory.AdminAsync();
        var people = new List<(string Role, Visitor Visitor)> { (Roles.Admin, admin) };
        foreach (var role in Roles.AdminSubRoles) people.Add((role, await GrantedAsync(admin, role)));
        var routes = AdminRoutes();
        routes.Where(r => r.RoleLists.Count == 0).Select(r => r.ToString()).ShouldBeEmpty(); // every console page names its roles
        int allowed = 0, refused = 0;

        foreach (var (role, visitor) in people)
        {
            var token = (await visitor.GetAsync("/admin")).Token("/account/logout");
            foreach (var route in routes)
            {
                var may = route.AllowedFor(role);
                var page = route.Method == "GET" ? await visitor.GetAsync(route.Url()) : await visitor.PostAsync(route.Url(), [], may ? null : token);
                var where = $"{role} {route} → {page.Status} {page.Location}";
                if (!may) { Refused(page).ShouldBeTrue(where); refused++; continue; }
                allowed++;
                Refused(page).ShouldBeFalse(where);
                if (route.Method == "GET") ((int)page.Status).ShouldBeLessThan(500, where);
                else page.Status.ShouldBe(HttpStatusCode.BadRequest, where); // no token: the role passed, nothing ran
            }
        }
        output.WriteLine($"{routes.Count} admin routes × {people.Count} console roles = {allowed + refused} checks: {allowed} allowed, {refused} refused.");

        // The issue's two examples, by name: a reviewer cannot adjust wallets, finance cannot approve products.
        routes.Single(r => r.Template == "admin/wallets/{shopId:guid}/adjust").AllowedFor(Roles.Reviewer).ShouldBeFalse();
        routes.Single(r => r.Template == "admin/wallets/{shopId:guid}/adjust").AllowedFor(Roles.Finance).ShouldBeFalse();
        routes.Single(r => r.Template == "admin/products/{id:guid}/approve").AllowedFor(Roles.Finance).ShouldBeFalse();
        routes.Single(r => r.Template == "admin/products/{id:guid}/approve").AllowedFor(Roles.Reviewer).ShouldBeTrue();
        routes.Where(r => r.Template.StartsWith("admin/staff")).ShouldAllBe(r => Roles.AdminSubRoles.All(role => !r.AllowedFor(role)));
    }

    [Fact]
    public async Task Taking_a_role_away_ends_it_and_bad_input_is_refused_next_to_the_field()
    {
        var admin = await factory.AdminAsync();
        var finance = await GrantedAsync(admin, Roles.Finance, Roles.Reviewer);
        (await finance.GetAsync("/admin/wallets")).Status.ShouldBe(HttpStatusCode.OK);
        var staff = await admin.GetAsync("/admin/staff");
        staff.Document.QuerySelector($"tr[data-phone='{SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(finance.Phone)}']")!.TextContent.ShouldContain("财务专员");

        (await admin.PostAsync("/admin/staff", [F("Phone", finance.Phone!), F("Roles", Roles.Reviewer)], staff.Token("/admin/staff"))).Status.ShouldBe(HttpStatusCode.Redirect);

        // What the account holds now, once its cookie is re-issued (the renewed stamp ends the old one within a minute).
        await RefreshAsync(finance);
        Refused(await finance.GetAsync("/admin/wallets")).ShouldBeTrue();
        (await finance.GetAsync("/admin/products")).Status.ShouldBe(HttpStatusCode.OK);

        var unknown = NewPhone();
        var refused = await admin.PostAsync("/admin/staff", [F("Phone", unknown), F("Roles", Roles.Finance)], staff.Token("/admin/staff"));
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.TestId("phone-error").ShouldBe("该手机号还没有注册，请对方先注册");
        refused.InputValue("Phone").ShouldBe(unknown);
        refused.Document.QuerySelector($"input[name='Roles'][value='{Roles.Finance}']")!.HasAttribute("checked").ShouldBeTrue();
        var self = await admin.PostAsync("/admin/staff", [F("Phone", SharedWarehouseFactory.AdminPhone), F("Roles", Roles.Finance)], staff.Token("/admin/staff"));
        self.TestId("phone-error").ShouldBe("不能修改自己的角色");
        var forged = await admin.PostAsync("/admin/staff", [F("Phone", finance.Phone!), F("Roles", Roles.Admin)], staff.Token("/admin/staff"));
        forged.Status.ShouldBe(HttpStatusCode.OK);
        forged.Document.QuerySelector("[data-valmsg-for='Roles']")!.TextContent.ShouldBe("请选择有效的角色");
        await RefreshAsync(finance);
        Refused(await finance.GetAsync("/admin/staff")).ShouldBeTrue();
    }
}
