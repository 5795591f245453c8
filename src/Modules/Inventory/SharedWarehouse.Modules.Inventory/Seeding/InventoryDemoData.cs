using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;

namespace SharedWarehouse.Modules.Inventory.Seeding;

/// With Demo:Enabled: the demo shop (13900000002) gets a warehouse with two bins and 120 bottles of its listed
/// demo liquor received, so the storefront has something to sell; made through the real commands.
internal sealed class InventoryDemoData(IConfiguration configuration, IAccountDirectory accounts, ISender sender) : IStartupTask
{
    public int Order => 30; // after the Catalog demo data listed the product

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        if (await accounts.FindIdByPhoneAsync("13900000002", ct) is not { } owner) return;
        if ((await sender.Send(new ListWarehouses(owner), ct)).Any(w => w.IsOwn)) return;
        var warehouse = await sender.Send(new OpenWarehouse(owner, "西湖自营仓", "330106", "文三路 100 号", 30.2741m, 120.1551m), ct);
        if (warehouse.IsFailure) return;
        var bin = await sender.Send(new AddBin(owner, warehouse.Value, "A", "A-01-01"), ct);
        await sender.Send(new AddBin(owner, warehouse.Value, "B", "B-01-01"), ct);
        if (bin.IsFailure) return;
        var receipt = await sender.Send(new CreateReceipt(owner, warehouse.Value, "仁怀酒厂",
            [new ReceiptLineInput("DEMO-JX-500", 120, "L2026-10", new DateOnly(2026, 10, 1), null, 16000, bin.Value)]), ct);
        if (receipt.IsSuccess) await sender.Send(new PostReceipt(owner, receipt.Value), ct);
    }
}
