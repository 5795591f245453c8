using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Seeding;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Markets;

/// The demo data goes through the real commands, so a rule change that breaks it shows here and not at a demo.
public sealed class MarketsDemoDataOnSqlite(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Demo_data_makes_two_markets_and_the_demo_shop_s_stall_codes_once()
    {
        var owner = await app.BuyerAsync("13900000002");
        var reviewer = await app.ReviewerAsync();
        (await app.SendAsync(new ApproveApplication(reviewer, (await app.SendAsync(Given.Application(owner))).Value))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }).Build();

        for (var run = 0; run < 2; run++) // every start runs it: the second run must change nothing
            await app.WithScopeAsync(async sp =>
            {
                await new MarketsDemoData(configuration, sp.GetRequiredService<IAccountDirectory>(), sp.GetRequiredService<ISender>()).RunAsync(default);
                return 0;
            });

        var markets = await app.SendAsync(new ListMarkets(null));
        markets.Items.Select(m => (m.Name, m.OpenStalls, m.Stalls)).ShouldBe([("广州十三行", 4, 5), ("杭州四季青", 4, 4)], ignoreOrder: true);
        var shop = (await app.WithScopeAsync(sp => sp.GetRequiredService<IMerchantDirectory>().FindShopOfOwnerAsync(owner, default)))!;
        var resolved = await app.DirectoryAsync(d => d.ResolveAsync(shop.ShopId, ["DEMO-JX-500", "QZ-2401-BLK-M", "DEMO-CN-500"], default));
        resolved.Values.Select(o => o.Count).Order().ShouldBe([1, 2, 3]);
        resolved["DEMO-JX-500"][0].Stall.StallNumber.ShouldBe("A312");
    }
}
