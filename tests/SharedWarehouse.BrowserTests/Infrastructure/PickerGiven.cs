using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Features;

namespace SharedWarehouse.BrowserTests.Infrastructure;

public sealed record PickTask(Guid TaskId, string OrderNumber, string LabelId);

/// A platform picker with a printer on its phone, and tasks inserted as the order filter would issue them (no
/// Markets module needed).
internal static class PickerGiven
{
    private static async Task<T> SendAsync<T>(BrowserFixture fixture, IRequest<T> request)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public static async Task<T> DropshipAsync<T>(BrowserFixture fixture, Func<DropshipDbContext, Task<T>> query)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DropshipDbContext>());
    }

    public static async Task<T> PrintingAsync<T>(BrowserFixture fixture, Func<PrintingDbContext, Task<T>> query)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PrintingDbContext>());
    }

    /// A registered account appointed to the platform's team; waits for the outbox to grant the picker role.
    public static async Task PickerAsync(BrowserFixture fixture, string phone, string name)
    {
        await BrowserGiven.BuyerAsync(fixture, phone);
        (await SendAsync(fixture, new AddPicker(null, name, phone))).Errors.ShouldBeEmpty();
        await fixture.App.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        await Patience.UntilAsync(() => BrowserGiven.HasRoleAsync(fixture, phone, Roles.Picker), $"{phone} becoming a picker");
    }

    /// The printer (e.g. a FakeEscPosPrinter on 127.0.0.1) assigned to the picker's phone in the Printing module.
    public static async Task PrinterAsync(BrowserFixture fixture, string pickerPhone, int port) =>
        (await SendAsync(fixture, new SavePrinter(null, "拣货打印机" + pickerPhone[^4..], "127.0.0.1", port, "EscPos", 58, pickerPhone, null)))
        .Errors.ShouldBeEmpty();

    /// One platform-dropship order line with its open task at the stall, due today.
    public static async Task<PickTask> TaskAsync(BrowserFixture fixture, string market, string floor, int floorOrder, string stall, string title)
    {
        var number = "DT" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var now = DateTime.UtcNow;
        var line = DropshipLine.Of("SKU-" + number[^6..], title, "杏色", "L", 1, 5_000).Value;
        var order = DropshipOrder.Receive(Guid.CreateVersion7(), DropshipMode.Platform, number, "EXT-" + number, "抖店",
            new Receiver("李四", "13812345678", BrowserGiven.XihuDistrict, "文三路 1 号"), null, [line], now).Value;
        // A platform-dropship order is on the pick list once its wallet hold is placed (as the filter does first).
        if (order.Mode == DropshipMode.Platform) order.HoldRecorded(order.ComputeHold(new DropshipFees(500, 800)));
        order.MarkFiltered();
        var snapshot = new StallSnapshot(Guid.CreateVersion7(), MarketId(market), market, floor, floorOrder, stall, "王姐 13900001111", "K-" + number[^3..]);
        var task = PickupTask.Issue(order, line, snapshot, ChinaTime.DateOf(now), false, now);
        line.TaskIssued(task);
        await DropshipAsync(fixture, async db =>
        {
            db.Orders.Add(order);
            db.Tasks.Add(task);
            return await db.SaveChangesAsync();
        });
        return new PickTask(task.Id, number, task.LabelId);
    }

    /// One id per market name, so tasks made for the same market are grouped under it.
    private static Guid MarketId(string market) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(market)));

    public static Task<PickupTask> TaskRowAsync(BrowserFixture fixture, Guid id) =>
        DropshipAsync(fixture, db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id));

    public static Task<int> PrintJobsAsync(BrowserFixture fixture, Guid taskId) =>
        PrintingAsync(fixture, db => db.Jobs.CountAsync(j => j.IdempotencyKey == $"pick:{taskId:N}"));
}
