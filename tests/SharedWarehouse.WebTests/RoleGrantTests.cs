using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Granting a role must not sign anyone out. The stamp validator normally runs once a minute; here it runs on
/// every request, so the minute after a grant is what each request of these tests sees.
public sealed class RoleGrantTests(RoleGrantTests.StampCheckedOnEveryRequest factory) : IClassFixture<RoleGrantTests.StampCheckedOnEveryRequest>
{
    [Fact]
    public async Task An_approved_applicant_stays_signed_in_and_reaches_the_back_office_without_signing_in_again()
    {
        var applicant = await factory.BuyerAsync();
        var shopName = NewShopName("授权不登出");
        (await applicant.ApplyAsync(shopName)).Status.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.AdminAsync();
        var url = $"/admin/merchant-applications/{await admin.ApplicationIdAsync(shopName)}";
        var review = await admin.GetAsync(url);
        (await admin.PostAsync($"{url}/approve", [], review.Token($"{url}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var backOffice = await UntilAllowedAsync(applicant, "/merchant");
        backOffice.TestId("shop-name").ShouldBe(shopName);
        (await applicant.GetAsync("/inbox")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_appointed_picker_stays_signed_in_and_reaches_the_pick_list()
    {
        var person = await factory.BuyerAsync();
        (await PickerWeb.SendAsync(factory, new AddPicker(null, "拣货" + person.Phone![^4..], person.Phone))).Errors.ShouldBeEmpty();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

        (await UntilAllowedAsync(person, "/picker")).Status.ShouldBe(HttpStatusCode.OK);
    }

    /// Asks for the page until the new role lets the person in (the grant travels through the outbox); being sent
    /// to the sign-in page at any point fails at once.
    private static async Task<Page> UntilAllowedAsync(Visitor visitor, string url)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await visitor.GetAsync(url);
            if ((page.Location ?? "").StartsWith("/account/login")) throw new ShouldAssertException($"{visitor.Phone} was signed out by the grant: {page}");
            if (page.Status == HttpStatusCode.OK) return page;
            if (!(page.Location ?? "").StartsWith("/account/denied")) throw new ShouldAssertException($"{url} answered neither 200 nor denied: {page}");
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) throw new ShouldAssertException($"{url} still denied after 90 s: {page}");
            await Task.Delay(100);
        }
    }

    public sealed class StampCheckedOnEveryRequest : SharedWarehouseFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        }
    }
}
