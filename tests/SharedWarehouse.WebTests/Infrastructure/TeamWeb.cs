using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.SharedKernel.Identity;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests.Infrastructure;

/// A shop's staff member made through the real pages: the owner invites a new buyer's number, the buyer accepts
/// under 店铺邀请, the staff role arrives (outbox) and the cookie is refreshed until /merchant opens, then the owner
/// ticks the roles on the team page.
public static class TeamWeb
{
    public static async Task<Visitor> StaffAsync(this SharedWarehouseFactory factory, Visitor owner, params string[] roleKeys)
    {
        var staff = await factory.BuyerAsync();
        var team = await owner.GetAsync("/merchant/team");
        (await owner.PostAsync("/merchant/team/invitations", [F("Phone", staff.Phone!)], team.Token("/merchant/team/invitations")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var inbox = await staff.GetAsync("/account/shop-invitations");
        var accept = inbox.Document.QuerySelector("form[action$='/accept']")!.GetAttribute("action")!;
        (await staff.PostAsync(accept, [], inbox.Token(accept))).Status.ShouldBe(HttpStatusCode.Redirect);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await staff.GetAsync("/account/shop-invitations");
            await staff.PostAsync("/account/refresh", [F("returnUrl", "/merchant")], page.Token("/account/refresh"));
            if ((await staff.GetAsync("/merchant")).Status == HttpStatusCode.OK) break;
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) throw new ShouldAssertException("The staff role never arrived within 90 s.");
            await Task.Delay(100);
        }
        await owner.SetRolesAsync(staff, roleKeys);
        return staff;
    }

    public static async Task SetRolesAsync(this Visitor owner, Visitor staff, params string[] roleKeys)
    {
        var action = await owner.MemberFormAsync(staff, "roles");
        var team = await owner.GetAsync("/merchant/team");
        (await owner.PostAsync(action, roleKeys.Select(k => F("RoleKeys", k)), team.Token(action))).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    /// The action of the member's roles or remove form on the owner's team page, found by the member's masked number.
    public static async Task<string> MemberFormAsync(this Visitor owner, Visitor staff, string kind)
    {
        var team = await owner.GetAsync("/merchant/team");
        var row = team.Document.QuerySelector($"tr[data-member='{MainlandMobile.Mask(staff.Phone)}']")
            ?? throw new ShouldAssertException($"{staff.Phone} is not on the team page.");
        return row.QuerySelector($"form[action$='/{kind}']")!.GetAttribute("action")!;
    }
}
