using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.Modules.Rental.Features.Items;
using SharedWarehouse.Modules.Rental.Features.Queries;

namespace SharedWarehouse.Modules.Rental.Seeding;

/// With Demo:Enabled: the demo clothier rents out its dress (礼服租赁: ¥39 a day, ¥199 a week, ¥300 deposit, a cleaning day
/// between rentals) with three units in its own warehouse, so /rentals has something to book; made through the real commands.
internal sealed class RentalDemoData(IConfiguration configuration, IAccountDirectory accounts, IMerchantDirectory merchants, IShopWarehouses warehouses,
    ISender sender) : IStartupTask
{
    public int Order => 40; // after the Inventory demo data opened the clothier's warehouse

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        if (await accounts.FindIdByPhoneAsync("13900000004", ct) is not { } owner || await merchants.FindShopOfOwnerAsync(owner, ct) is not { } shop) return;
        if (await sender.Send(new ListShopRentalItems(owner), ct) is not { Items.Count: 0 } list) return;
        var dress = list.Candidates.FirstOrDefault(s => s.ProductName.Contains("连衣裙", StringComparison.Ordinal));
        var warehouse = (await warehouses.UsableByAsync(shop.ShopId, ct)).FirstOrDefault(w => !w.IsShared);
        if (dress is null || warehouse is null) return;
        var item = await sender.Send(new CreateRentalItem(owner, dress.SkuId, "适合拍照、婚礼与派对；每次出租后专业清洗消毒。",
            new RentalTermsText("300.00", "39.00", "199.00", null, 1, 14, 1, "20.00", EarlyReturnPolicy.RefundUnusedDays)), ct);
        if (item.IsFailure) return;
        foreach (var serial in new[] { "DRESS-001", "DRESS-002", "DRESS-003" })
            await sender.Send(new AddRentalUnit(owner, item.Value, serial, warehouse.Id), ct);
    }
}
