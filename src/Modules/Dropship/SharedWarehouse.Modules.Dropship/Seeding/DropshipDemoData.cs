using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;

namespace SharedWarehouse.Modules.Dropship.Seeding;

/// With Demo:Enabled: the demo picker (13900000009) joins the platform's team, the demo shop (13900000002) uses
/// platform dropship with a funded wallet, and two outside-shop orders come in through the real intake, so the
/// picker's phone list shows tasks at the demo markets' stalls. Runs once: a shop with dropship orders is left alone.
internal sealed class DropshipDemoData(IConfiguration configuration, IAccountDirectory accounts, IMerchantDirectory merchants, IWallet wallet,
    DropshipDbContext db, ISender sender) : IStartupTask
{
    public int Order => 50; // after the Markets demo data made the stalls and stall codes

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        if (await accounts.FindIdByPhoneAsync("13900000009", ct) is { } pickerId && !await db.Pickers.AnyAsync(p => p.UserId == pickerId, ct))
            await sender.Send(new AddPicker(null, "演示拣货员", "13900000009"), ct);
        if (await accounts.FindIdByPhoneAsync("13900000002", ct) is not { } owner) return;
        if (await merchants.FindShopOfOwnerAsync(owner, ct) is not { } shop) return;
        if (await db.Orders.AnyAsync(o => o.ShopId == shop.ShopId, ct)) return;
        await sender.Send(new SaveDropshipSettings(shop.ShopId, DropshipMode.Platform, null, "演示商家", "13900000002", "440104", "十三行路 8 号"), ct);
        await wallet.CreditAsync(shop.ShopId, 50_000, new WalletDocument("demo-seed", shop.ShopId.ToString("N")), "演示充值", ct);
        IncomingOrder Order(string id, string receiver, params IncomingLine[] lines) =>
            new(id, "淘宝·演示店", receiver, "13800138000", "440104", "北京路 100 号", null, lines);
        await sender.Send(new ReceiveDropshipOrders(shop.ShopId,
        [
            Order("DEMO-TB-0001", "张三", new IncomingLine("QZ-2401-BLK-M", "女士针织连衣裙", "黑色", "M", 1, 6_800)),
            Order("DEMO-TB-0002", "李四", new IncomingLine("QZ-2401-BLK-M", "女士针织连衣裙", "黑色", "M", 2, 6_800),
                new IncomingLine("DEMO-JX-500", "酱香型白酒 500ml", "", "", 1, 12_800)),
        ]), ct);
    }
}
