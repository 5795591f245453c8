using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.Modules.Repair.Features.Merchant;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Returns;

namespace SharedWarehouse.SliceTests.Repair;

/// A received order (ReturnsGiven) and a part in the merchant's own stock: 10 units of a SKU of its own, in its own warehouse.
public sealed record RepairCase(Received Order, Guid PartSku, string PartCode);

public static class RepairGiven
{
    public static async Task<RepairCase> RepairCaseAsync(this AppFixture app)
    {
        var order = await app.ReceivedOrderAsync(PayBy.CashOnDelivery);
        var (warehouse, bin) = await app.WarehouseAsync(order.Merchant.OwnerId, "R-01-01");
        var (sku, code) = await app.SkuAsync(order.Merchant);
        await app.ReceiveAsync(order.Merchant.OwnerId, warehouse, InventoryGiven.Line(code, bin, 10));
        return new RepairCase(order, sku, code);
    }

    public static async Task<Guid> OpenedRepairAsync(this AppFixture app, RepairCase c)
    {
        var opened = await app.SendAsync(new OpenRepair(c.Order.Buyer, c.Order.SubOrderId, c.Order.LineA, "指示灯不亮"));
        opened.Errors.ShouldBeEmpty();
        return opened.Value;
    }

    public static async Task QuotedAsync(this AppFixture app, RepairCase c, Guid id, string parts = "30.00", string labour = "20.00") =>
        (await app.SendAsync(new QuoteRepair(c.Order.Merchant.OwnerId, id, parts, labour, ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd"), null)))
            .Errors.ShouldBeEmpty();

    public static Task<RepairRequest> RepairAsync(this AppFixture app, Guid id) =>
        app.QueryAsync<RepairDbContext, RepairRequest>(db => db.Repairs.AsNoTracking().Include(r => r.Steps).Include(r => r.Parts).SingleAsync(r => r.Id == id));

    public static Task<List<StockMovement>> MovementsAsync(this AppFixture app, string reference) =>
        app.QueryAsync<InventoryDbContext, List<StockMovement>>(db => db.Movements.AsNoTracking().Where(m => m.Reference == reference).ToListAsync());
}
