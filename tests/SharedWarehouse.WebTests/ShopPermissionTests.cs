using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.WebTests.Infrastructure;
using Xunit.Abstractions;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Every merchant endpoint, taken from the running app's routes (so a new page is covered without editing this
/// file), against the owner and a staff member of each built-in role: what the role allows opens, the rest is 403;
/// and against another shop's owner and staff: every record of the shop they reach by id is 404.
[Collection(WebCollection.Name)]
public sealed partial class ShopPermissionTests(SharedWarehouseFactory factory, ITestOutputHelper output)
{
    private sealed record MerchantRoute(string Method, string Template, IShopRequirement? Requirement)
    {
        public bool HasParameters => Template.Contains('{');

        /// The template with every parameter filled: ids that exist nowhere, a plausible value for the rest.
        public string Url() => "/" + Parameter().Replace(Template, m => m.Value.Contains(":guid") ? Guid.NewGuid().ToString()
            : m.Value.StartsWith("{kind") ? "picklist" : m.Value.StartsWith("{fileName") ? "x.png" : "x");

        public bool AllowedFor(IReadOnlySet<string> permissions) => Requirement?.Permission is not { } p || permissions.Contains(p);

        public override string ToString() => $"{Method} /{Template}";
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^/merchant/.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RecordUrl();

    private IReadOnlyList<MerchantRoute> MerchantRoutes()
    {
        var routes = new List<MerchantRoute>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action
                || !action.RouteValues.TryGetValue("area", out var area) || area != "Merchant"
                || endpoint.RoutePattern.RawText!.Contains("{area")) continue; // the conventional fallback route: the same actions again
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
                routes.Add(new MerchantRoute(method, endpoint.RoutePattern.RawText!.TrimStart('/'), endpoint.Metadata.OfType<IShopRequirement>().LastOrDefault()));
        }
        return routes.OrderBy(r => r.Template).ThenBy(r => r.Method).ToList();
    }

    [Fact]
    public async Task Every_merchant_action_says_which_shop_permission_it_needs()
    {
        await factory.NewVisitor().GetAsync("/");
        var routes = MerchantRoutes();

        routes.Count.ShouldBeGreaterThan(150);
        routes.Where(r => r.Requirement is null).Select(r => r.ToString()).ShouldBeEmpty();
        routes.Where(r => r.Requirement?.Permission is { } p && !ShopPermissions.All.Contains(p)).ShouldBeEmpty();
        // The wallet and the team are the owner's alone: no built-in role reaches them but 财务 the wallet.
        routes.Where(r => r.Template.StartsWith("merchant/team")).ShouldAllBe(r => r.Requirement!.Permission == ShopPermissions.Team);
        routes.Where(r => r.Template.StartsWith("merchant/wallet")).ShouldAllBe(r => r.Requirement!.Permission == ShopPermissions.Wallet);
    }

    [Fact]
    public async Task Each_role_opens_exactly_the_merchant_routes_its_permissions_allow()
    {
        var (owner, _) = await factory.ShopOwnerAsync("权限矩阵", "/merchant");
        var people = new List<(string Name, Visitor Visitor, IReadOnlySet<string> Permissions)> { ("店主", owner, ShopPermissions.All) };
        foreach (var role in ShopRoles.All)
            people.Add((role.Name, await factory.StaffAsync(owner, role.Key), role.Permissions));
        people.Add(("无角色", await factory.StaffAsync(owner), new HashSet<string>()));
        var routes = MerchantRoutes();
        int opened = 0, forbidden = 0;

        foreach (var (name, visitor, permissions) in people)
        {
            // A valid token of this person's session: a forbidden POST must be refused for the permission, not the token.
            var token = (await visitor.GetAsync("/merchant")).Token("/account/logout");
            foreach (var route in routes)
            {
                var url = route.Url();
                var allowed = route.AllowedFor(permissions);
                var page = route.Method == "GET" ? await visitor.GetAsync(url)
                    : await visitor.PostAsync(url, [], allowed ? null : token); // allowed: no token, so nothing runs (400)
                var where = $"{name} {route} → {page.Status}";
                if (!allowed)
                {
                    page.Status.ShouldBe(HttpStatusCode.Forbidden, where);
                    forbidden++;
                    continue;
                }
                opened++;
                if (route.Method != "GET") page.Status.ShouldBe(HttpStatusCode.BadRequest, where);
                else ((int)page.Status).ShouldBeInRange(200, 404, where); // 404: an id that exists nowhere, a preview of no draft
                page.Status.ShouldNotBe(HttpStatusCode.Forbidden, where);
            }
        }
        output.WriteLine($"{routes.Count} merchant routes × {people.Count} people = {opened + forbidden} checks: {opened} allowed, {forbidden} forbidden (403).");
        forbidden.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Another_shops_owner_and_staff_get_404_for_every_record_of_the_shop()
    {
        var shopA = (await ReceivedOrderWeb.ReceivedAsync(factory, quantity: 1, stock: 5)).Product.Merchant;
        await factory.StaffAsync(shopA, ShopRoles.Warehouse); // a member row and an invitation id in A's team page
        var (ownerB, _) = await factory.ShopOwnerAsync("隔壁店", "/merchant");
        var staffB = await factory.StaffAsync(ownerB, ShopRoles.All.Select(r => r.Key).ToArray());
        var routes = MerchantRoutes();

        // Every link and form of A's own pages that names one of A's records: the list pages (the order desk on all its
        // orders), then the record pages they link to.
        var links = new SortedSet<string>(StringComparer.Ordinal);
        var forms = new SortedSet<string>(StringComparer.Ordinal);
        var pages = routes.Where(r => r.Method == "GET" && !r.HasParameters && !r.Template.EndsWith(".csv") && !r.Template.EndsWith(".xlsx"))
            .Select(r => r.Url()).Append("/merchant/orders?filter=All").ToList();
        for (var level = 0; level < 2; level++)
        {
            foreach (var url in pages)
            {
                var page = await shopA.GetAsync(url);
                if (page.Status != HttpStatusCode.OK) continue;
                foreach (var a in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('?')[0]).Where(u => RecordUrl().IsMatch(u))) links.Add(a);
                foreach (var f in page.Document.QuerySelectorAll("form[method='post' i][action]").Select(f => f.GetAttribute("action")!).Where(u => RecordUrl().IsMatch(u))) forms.Add(f);
            }
            pages = links.Except(pages).ToList();
        }
        links.Count.ShouldBeGreaterThan(4, string.Join(", ", links));
        forms.Count.ShouldBeGreaterThan(8, string.Join(", ", forms));

        foreach (var (name, visitor) in new[] { ("B 店主", ownerB), ("B 店员", staffB) })
        {
            var token = (await visitor.GetAsync("/merchant")).Token("/account/logout");
            foreach (var link in links)
                (await visitor.GetAsync(link)).Status.ShouldBe(Expected(visitor == ownerB, link, "GET"), $"{name} GET {link}");
            foreach (var form in forms)
                (await visitor.PostAsync(form, [], token)).Status.ShouldBe(Expected(visitor == ownerB, form, "POST"), $"{name} POST {form}");
        }
        output.WriteLine($"Shop A's {links.Count} record links and {forms.Count} record forms: 404 for B's owner and staff.");

        // B's staff holds all five roles but not the owner's team permission: A's team forms are refused before any lookup.
        HttpStatusCode Expected(bool isOwner, string url, string method)
        {
            if (isOwner) return HttpStatusCode.NotFound;
            var route = routes.Single(r => r.Method == method && Matches(r, url));
            return route.AllowedFor(ShopRoles.PermissionsOf(ShopRoles.All.Select(r => r.Key))) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
        }
    }

    private static bool Matches(MerchantRoute route, string url) =>
        new Regex("^/" + Parameter().Replace(Regex.Escape(route.Template).Replace(@"\{", "{"), "[^/]+") + "$").IsMatch(url);

    [Fact]
    public async Task A_removed_member_is_refused_on_the_next_request_and_a_role_change_applies_at_once()
    {
        var (owner, _) = await factory.ShopOwnerAsync("移出店员", "/merchant");
        var clerk = await factory.StaffAsync(owner, ShopRoles.Warehouse);
        (await clerk.GetAsync("/merchant/receipts")).Status.ShouldBe(HttpStatusCode.OK);
        (await clerk.GetAsync("/merchant/wallet")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var menu = await clerk.GetAsync("/merchant");
        menu.Document.QuerySelector("a[href='/merchant/receipts']").ShouldNotBeNull();
        menu.Document.QuerySelector("a[href='/merchant/wallet']").ShouldBeNull();
        menu.Document.QuerySelector("a[href='/merchant/team']").ShouldBeNull();

        await owner.SetRolesAsync(clerk, ShopRoles.Finance);
        (await clerk.GetAsync("/merchant/wallet")).Status.ShouldBe(HttpStatusCode.OK);
        (await clerk.GetAsync("/merchant/receipts")).Status.ShouldBe(HttpStatusCode.Forbidden);

        var remove = await owner.MemberFormAsync(clerk, "remove");
        var team = await owner.GetAsync("/merchant/team");
        (await owner.PostAsync(remove, [], team.Token(remove))).Status.ShouldBe(HttpStatusCode.Redirect);

        (await clerk.GetAsync("/merchant/wallet")).Status.ShouldBe(HttpStatusCode.NotFound);
        var home = await clerk.GetAsync("/merchant");
        home.Status.ShouldBe(HttpStatusCode.OK); // until the staff role leaves the cookie: told, not shown the shop
        home.Document.QuerySelector("[data-testid='shop-name']").ShouldBeNull();
        (await owner.GetAsync("/merchant/team")).Document.QuerySelector($"tr[data-member='{SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(clerk.Phone)}']").ShouldBeNull();
    }

    [Fact]
    public async Task A_bad_number_is_refused_next_to_the_field_keeps_what_was_typed_and_invites_nobody()
    {
        var (owner, _) = await factory.ShopOwnerAsync("邀请校验", "/merchant");
        var team = await owner.GetAsync("/merchant/team");

        var refused = await owner.PostAsync("/merchant/team/invitations", [F("Phone", "1380013")], team.Token("/merchant/team/invitations"));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.TestId("phone-error").ShouldBe("请输入正确的手机号");
        refused.InputValue("Phone").ShouldBe("1380013");
        (await owner.GetAsync("/merchant/team")).Document.QuerySelector("[data-testid='invitations']").ShouldBeNull();
        var twice = NewPhone();
        await owner.PostAsync("/merchant/team/invitations", [F("Phone", twice)], team.Token("/merchant/team/invitations"));
        var again = await owner.PostAsync("/merchant/team/invitations", [F("Phone", twice)], team.Token("/merchant/team/invitations"));
        again.TestId("phone-error").ShouldBe("已邀请过该手机号，请等待对方接受");
        (await owner.GetAsync("/merchant/team")).Document.QuerySelectorAll("[data-testid='invitations'] tr").Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_person_on_two_teams_switches_shop_from_the_top_bar_and_only_to_their_own()
    {
        var (first, _) = await factory.ShopOwnerAsync("甲店", "/merchant");
        var (second, secondId) = await factory.ShopOwnerAsync("乙店", "/merchant");
        var (stranger, strangerId) = await factory.ShopOwnerAsync("丙店", "/merchant");
        var person = await factory.StaffAsync(first, ShopRoles.Warehouse);
        var team = await second.GetAsync("/merchant/team");
        await second.PostAsync("/merchant/team/invitations", [F("Phone", person.Phone!)], team.Token("/merchant/team/invitations"));
        var inbox = await person.GetAsync("/account/shop-invitations");
        var accept = inbox.Document.QuerySelector("form[action$='/accept']")!.GetAttribute("action")!;
        (await person.PostAsync(accept, [], inbox.Token(accept))).Status.ShouldBe(HttpStatusCode.Redirect);
        await second.SetRolesAsync(person, ShopRoles.Finance);

        var home = await person.GetAsync("/merchant");
        var firstName = home.TestId("shop-name")!;
        home.TestId("acting-shop").ShouldBe(firstName); // joining a second team does not pull them out of the first
        home.Document.QuerySelectorAll("[data-testid='shop-switcher'] form[action='/merchant/switch-shop']").Length.ShouldBe(2);
        (await person.GetAsync("/merchant/wallet")).Status.ShouldBe(HttpStatusCode.Forbidden);

        var switched = await person.PostAsync("/merchant/switch-shop", [F("shopId", secondId.ToString())], home.Token("/merchant/switch-shop"));

        switched.Location.ShouldBe("/merchant");
        var now = await person.GetAsync("/merchant");
        now.TestId("shop-name").ShouldNotBe(firstName);
        now.TestId("acting-shop").ShouldBe(now.TestId("shop-name"));
        (await person.GetAsync("/merchant/wallet")).Status.ShouldBe(HttpStatusCode.OK); // 财务 in the second shop
        (await person.GetAsync("/merchant/receipts")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await person.PostAsync("/merchant/switch-shop", [F("shopId", strangerId.ToString())], now.Token("/merchant/switch-shop")))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await person.GetAsync("/merchant")).TestId("shop-name").ShouldBe(now.TestId("shop-name"));
        // An owner on one team only sees the name, no switcher.
        var alone = await stranger.GetAsync("/merchant");
        alone.TestId("acting-shop").ShouldBe(alone.TestId("shop-name"));
        alone.Document.QuerySelector("[data-testid='shop-switcher']").ShouldBeNull();
    }
}
