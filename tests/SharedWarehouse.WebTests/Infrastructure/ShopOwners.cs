using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Merchants.Contracts;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests.Infrastructure;

public static class ShopOwners
{
    /// A buyer whose shop application an admin approved, signed in again until the cookie carries the owner role
    /// (it arrives through the outbox: probeUrl answers 200 then), and the shop's id.
    public static async Task<(Visitor Merchant, Guid ShopId)> ShopOwnerAsync(this SharedWarehouseFactory factory, string shopPrefix, string probeUrl)
    {
        var merchant = await factory.BuyerAsync();
        var shopName = NewShopName(shopPrefix);
        (await merchant.ApplyAsync(shopName)).Status.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.AdminAsync();
        var url = $"/admin/merchant-applications/{await admin.ApplicationIdAsync(shopName)}";
        var details = await admin.GetAsync(url);
        (await admin.PostAsync($"{url}/approve", [], details.Token($"{url}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await merchant.GetAsync("/merchant-application");
            await merchant.PostAsync("/account/refresh", [F("returnUrl", "/merchant")], page.Token("/account/refresh"));
            if ((await merchant.GetAsync(probeUrl)).Status == HttpStatusCode.OK) break;
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) throw new ShouldAssertException("The merchant never got the owner role within 90 s.");
            await Task.Delay(200);
        }
        using var scope = factory.Services.CreateScope();
        var shop = await scope.ServiceProvider.GetRequiredService<IMerchantDirectory>().FindShopByNameAsync(shopName, CancellationToken.None);
        return (merchant, shop!.ShopId);
    }
}
