using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Markets;
using SharedWarehouse.SliceTests.Printing;

namespace SharedWarehouse.SliceTests.Dropship;

/// A merchant with a market's stall codes: "A123-红-M" at A01 (style K-1) then A02; "B9-黑-L" at B01 only.
public sealed record DropshipMerchant(Merchant Merchant, TestMarket Market);

public sealed record TestPicker(Guid UserId, string Phone);

public static class DropshipGiven
{
    public const string Dress = "A123-红-M", Coat = "B9-黑-L";

    public static async Task<DropshipMerchant> DropshipMerchantAsync(this AppFixture app, DropshipMode mode = DropshipMode.OwnTeam)
    {
        var merchant = await app.MerchantAsync();
        var market = await app.MarketAsync();
        (await app.SendAsync(MarketsGiven.Code(merchant.OwnerId, Dress, MarketsGiven.Option(market.A01, "K-1"), MarketsGiven.Option(market.A02)))).Errors.ShouldBeEmpty();
        (await app.SendAsync(MarketsGiven.Code(merchant.OwnerId, Coat, MarketsGiven.Option(market.B01)))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SaveDropshipSettings(merchant.ShopId, mode, null, "李老板", "13800138000", MarketsGiven.District, "白马服装城 5 楼"))).Errors.ShouldBeEmpty();
        return new DropshipMerchant(merchant, market);
    }

    /// A registered account made a picker of the team (a shop's, or the platform's when teamShopId is null),
    /// with a label printer assigned to its phone (a port nothing listens on: jobs stay queued).
    public static async Task<TestPicker> PickerAsync(this AppFixture app, Guid? teamShopId, bool withPrinter = true)
    {
        var phone = Given.NewPhone();
        var userId = await app.BuyerAsync(phone);
        (await app.SendAsync(new AddPicker(teamShopId, "小王", phone))).Errors.ShouldBeEmpty();
        if (withPrinter) await app.PrinterAsync(9, pickerPhone: phone);
        return new TestPicker(userId, phone);
    }

    public static IncomingLine Line(string code, int quantity = 1, long declaredFen = 4500, string title = "女士连衣裙") =>
        new(code, title, "红色", "M", quantity, declaredFen);

    public static IncomingOrder Order(string? externalId = null, params IncomingLine[] lines) =>
        new(externalId ?? "TB" + Guid.NewGuid().ToString("N")[..12], "淘宝·测试店", "张三", "13900139000", MarketsGiven.District, "北京路 1 号", null,
            lines.Length == 0 ? [Line(Dress)] : lines);

    public static async Task<DropshipOrder> ReceivedAsync(this AppFixture app, Guid shopId, IncomingOrder order)
    {
        var report = await app.SendAsync(new ReceiveDropshipOrders(shopId, [order]));
        report.Errors.ShouldBeEmpty();
        report.Value.Orders.Single().Outcome.ShouldBe(IntakeOutcome.Created, string.Join("; ", report.Value.Orders.Single().Errors.Select(e => e.Field + " " + e.Message)));
        return await app.OrderAsync(shopId, order.ExternalOrderId!);
    }

    public static Task<DropshipOrder> OrderAsync(this AppFixture app, Guid shopId, string externalId) =>
        app.QueryAsync<DropshipDbContext, DropshipOrder>(db => db.Orders.AsNoTracking().Include(o => o.Lines)
            .SingleAsync(o => o.ShopId == shopId && o.ExternalOrderId == externalId));

    public static Task<DropshipOrder> OrderAsync(this AppFixture app, Guid orderId) =>
        app.QueryAsync<DropshipDbContext, DropshipOrder>(db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId));

    public static Task<List<PickupTask>> TasksAsync(this AppFixture app, Guid orderId) =>
        app.QueryAsync<DropshipDbContext, List<PickupTask>>(db => db.Tasks.AsNoTracking().Where(t => t.OrderId == orderId).OrderBy(t => t.CreatedUtc).ToListAsync());

    public static Task<int> PrintJobsAsync(this AppFixture app, string idempotencyKey) =>
        app.QueryAsync<PrintingDbContext, int>(db => db.Jobs.CountAsync(j => j.IdempotencyKey == idempotencyKey));
}
