using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Features.StallCodes;

namespace SharedWarehouse.Modules.Markets.Seeding;

/// With Demo:Enabled: two wholesale markets with floors and stalls, and stall codes for the demo shop (13900000002),
/// all made through the real commands so they obey every rule. Runs once: markets that exist are left alone.
internal sealed class MarketsDemoData(IConfiguration configuration, IAccountDirectory accounts, ISender sender) : IStartupTask
{
    public int Order => 40; // after the Merchants demo data opened the shop

    private static readonly DemoMarket[] Markets =
    [
        new("广州十三行", "440104", "十三行路 1 号 新中国大厦", "早 5:00 开市，拿货高峰 6:00–10:00",
            [("1楼", 1, [("A101", "陈姐", "13800138101"), ("A102", "黄生", null)]),
             ("3楼", 3, [("A312", "林姐", "13800138312"), ("B306", null, null)]),
             ("5楼", 5, [("C518", "梁生", "13800138518")])]),
        new("杭州四季青", "330102", "杭海路 73 号 四季青服装大厦", "周一休市",
            [("1楼", 1, [("1108", "周姐", "13900139108")]),
             ("2楼", 2, [("2056", "吴生", "13900139056"), ("2101", null, null)]),
             ("3楼", 3, [("3218", "郑姐", "13900139218")])]),
    ];

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        if ((await sender.Send(new ListMarkets(null), ct)).Total > 0) return;
        var stalls = new Dictionary<string, (Guid Market, Guid Stall)>();
        foreach (var market in Markets)
        {
            var marketId = await sender.Send(new SaveMarket(null, market.Name, market.Region, market.Address, market.Note), ct);
            if (marketId.IsFailure) return;
            foreach (var (floorName, order, floorStalls) in market.Floors)
            {
                var floorId = await sender.Send(new SaveFloor(marketId.Value, null, floorName, order), ct);
                if (floorId.IsFailure) return;
                foreach (var (number, contact, phone) in floorStalls)
                {
                    var stallId = await sender.Send(new SaveStall(marketId.Value, null, floorId.Value, number, contact, phone), ct);
                    if (stallId.IsSuccess) stalls[$"{market.Name}/{number}"] = (marketId.Value, stallId.Value);
                }
            }
        }
        var closed = stalls["广州十三行/B306"]; // a closed stall, as pickers will meet them
        await sender.Send(new SetStallOpen(closed.Market, closed.Stall, false), ct);
        if (await accounts.FindIdByPhoneAsync("13900000002", ct) is not { } owner) return;
        StallChoiceInput At(string stall, string? style) => new(stalls[stall].Stall, style);
        await sender.Send(new SaveStallCode(owner, null, "DEMO-JX-500", [At("广州十三行/A312", "8821"), At("杭州四季青/2056", "K-8821")]), ct);
        await sender.Send(new SaveStallCode(owner, null, "QZ-2401-BLK-M", [At("广州十三行/A101", "2401"), At("广州十三行/C518", null), At("杭州四季青/1108", "Q2401")]), ct);
        await sender.Send(new SaveStallCode(owner, null, "DEMO-CN-500", [At("杭州四季青/3218", "3218-9")]), ct);
    }

    private sealed record DemoMarket(string Name, string Region, string Address, string Note,
        (string Name, int Order, (string Number, string? Contact, string? Phone)[] Stalls)[] Floors);
}
