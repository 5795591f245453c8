using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;

namespace SharedWarehouse.Modules.Inventory.Seeding;

/// With Demo:Enabled: each demo shop gets a warehouse with two bins and a posted receipt of every approved SKU it
/// has (whatever the Catalog demo data made), so the storefront has something to sell; made through the real commands.
internal sealed class InventoryDemoData(IConfiguration configuration, IAccountDirectory accounts, ShopScope scope, ICatalogSkuDirectory skus, ISender sender) : IStartupTask
{
    public int Order => 30; // after the Catalog demo data listed the products

    private static readonly (string Phone, string Warehouse, string Region, string Address, decimal Latitude, decimal Longitude)[] Shops =
    [
        ("13900000002", "西湖自营仓", "330106", "文三路 100 号", 30.2741m, 120.1551m),
        ("13900000004", "四季青服装仓", "330102", "秋涛路 258 号", 30.2567m, 120.1925m),
    ];

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        foreach (var shop in Shops)
            if (await accounts.FindIdByPhoneAsync(shop.Phone, ct) is { } owner) await StockAsync(owner, shop, ct);
    }

    private async Task StockAsync(Guid owner, (string Phone, string Warehouse, string Region, string Address, decimal Latitude, decimal Longitude) shop, CancellationToken ct)
    {
        if ((await sender.Send(new ListWarehouses(owner), ct)).Any(w => w.IsOwn)) return;
        if (await scope.ShopOfAsync(owner, ct) is not { } shopId) return;
        var warehouse = await sender.Send(new OpenWarehouse(owner, shop.Warehouse, shop.Region, shop.Address, shop.Latitude, shop.Longitude), ct);
        if (warehouse.IsFailure) return;
        var bin = await sender.Send(new AddBin(owner, warehouse.Value, "A", "A-01-01"), ct);
        await sender.Send(new AddBin(owner, warehouse.Value, "B", "B-01-01"), ct);
        if (bin.IsFailure) return;
        var lines = (await skus.ListApprovedAsync(shopId, 100, ct))
            .Select((s, i) => new ReceiptLineInput(s.Code, 60 + 20 * (i % 4), "L2026-10", new DateOnly(2026, 10, 1), null, s.RetailPriceFen * 6 / 10, bin.Value))
            .ToList();
        if (lines.Count == 0) return;
        var receipt = await sender.Send(new CreateReceipt(owner, warehouse.Value, "演示供应商", lines), ct);
        if (receipt.IsSuccess) await sender.Send(new PostReceipt(owner, receipt.Value), ct);
    }
}
