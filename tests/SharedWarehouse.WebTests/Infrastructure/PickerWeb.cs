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
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests.Infrastructure;

public sealed record PickerAccount(Visitor Visitor, string Phone, Guid? Team);

public sealed record PickTask(Guid TaskId, Guid OrderId, string OrderNumber, string LabelId, string Market, string Floor, string Stall);

/// Pickers and their tasks, made without the Markets module: tasks are inserted with the domain factories, as the
/// order filter would issue them.
internal static class PickerWeb
{
    public static async Task<T> SendAsync<T>(SharedWarehouseFactory factory, IRequest<T> request)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public static async Task<T> DropshipAsync<T>(SharedWarehouseFactory factory, Func<DropshipDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DropshipDbContext>());
    }

    public static async Task<T> PrintingAsync<T>(SharedWarehouseFactory factory, Func<PrintingDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PrintingDbContext>());
    }

    /// A registered account appointed to the team (null = the platform's), with the picker role granted through the
    /// outbox, signed in afresh so its cookie carries the role.
    public static async Task<PickerAccount> PickerAsync(SharedWarehouseFactory factory, Guid? team = null)
    {
        var buyer = await factory.BuyerAsync();
        var added = await SendAsync(factory, new AddPicker(team, "拣货" + buyer.Phone![^4..], buyer.Phone));
        added.Errors.ShouldBeEmpty();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.IsInRoleAsync((await users.FindByNameAsync(buyer.Phone))!, Roles.Picker)) break;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The picker role was not granted within 20 s.");
            await Task.Delay(200);
        }
        var picker = factory.NewVisitor();
        (await picker.SignInAsync(buyer.Phone, Password)).IsRedirect.ShouldBeTrue();
        picker.Phone = buyer.Phone;
        return new PickerAccount(picker, buyer.Phone, team);
    }

    /// The picker's phone gets the printer (host:port, e.g. a FakeEscPosPrinter).
    public static async Task AssignPrinterAsync(SharedWarehouseFactory factory, string pickerPhone, int port)
    {
        var saved = await SendAsync(factory, new SavePrinter(null, "拣货打印机" + Guid.NewGuid().ToString("N")[..6], "127.0.0.1", port, "EscPos", 58,
            pickerPhone, null));
        saved.Errors.ShouldBeEmpty();
    }

    /// One order line with an open task at a stall, for the team (null = platform dropship) and due today.
    public static async Task<PickTask> TaskAsync(SharedWarehouseFactory factory, Guid? team = null, long declaredFen = 5_000,
        string market = "沙河市场", string floor = "二楼", string stall = "B-201")
    {
        var mode = team is null ? DropshipMode.Platform : DropshipMode.OwnTeam;
        var shop = team ?? Guid.CreateVersion7();
        var number = "DT" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var now = DateTime.UtcNow;
        var line = DropshipLine.Of("SKU-" + number[^6..], "连衣裙" + number[^4..], "黑色", "M", 2, declaredFen).Value;
        var order = DropshipOrder.Receive(shop, mode, number, "EXT-" + number, "淘宝", new Receiver("李四", "13812345678", District, "文三路 1 号"),
            null, [line], now).Value;
        // A platform-dropship order is on the pick list once its wallet hold is placed (as the filter does first).
        if (order.Mode == DropshipMode.Platform) order.HoldRecorded(order.ComputeHold(new DropshipFees(500, 800)));
        order.MarkFiltered();
        var snapshot = new StallSnapshot(Guid.CreateVersion7(), MarketId(market), market, floor, FloorOrder(floor), stall, "王姐 13900001111", "K-" + number[^3..]);
        var task = PickupTask.Issue(order, line, snapshot, ChinaTime.DateOf(now), false, now);
        line.TaskIssued(task);
        await DropshipAsync(factory, async db =>
        {
            db.Orders.Add(order);
            db.Tasks.Add(task);
            return await db.SaveChangesAsync();
        });
        return new PickTask(task.Id, order.Id, number, task.LabelId, market, floor, stall);
    }

    /// Many open tasks due today for one team, spread over the markets (stall by stall, 10 a stall), inserted in one
    /// save: orders of 50 lines, each line with its task. Returns the tasks' ids.
    public static async Task<List<Guid>> ManyTasksAsync(SharedWarehouseFactory factory, Guid team, int count, params string[] markets)
    {
        var now = DateTime.UtcNow;
        var ids = new List<Guid>();
        await DropshipAsync(factory, async db =>
        {
            for (var first = 0; first < count; first += DropshipOrder.MaxLines)
            {
                var number = "DT" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
                var lines = Enumerable.Range(first, Math.Min(DropshipOrder.MaxLines, count - first))
                    .Select(i => DropshipLine.Of($"SKU-{i:D4}", $"批量连衣裙{i:D4}", "黑色", "M", 1, 3_000).Value).ToList();
                var order = DropshipOrder.Receive(team, DropshipMode.OwnTeam, number, "EXT-" + number, "淘宝",
                    new Receiver("李四", "13812345678", District, "文三路 1 号"), null, lines, now).Value;
                order.MarkFiltered();
                db.Orders.Add(order);
                foreach (var (line, i) in order.Lines.Select((l, k) => (l, first + k)))
                {
                    var market = markets[i % markets.Length];
                    var stall = $"S-{i / 10:D3}";
                    var snapshot = new StallSnapshot(new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(market + stall))),
                        MarketId(market), market, "一楼", 1, stall, null, null);
                    var task = PickupTask.Issue(order, line, snapshot, ChinaTime.DateOf(now), false, now);
                    line.TaskIssued(task);
                    db.Tasks.Add(task);
                    ids.Add(task.Id);
                }
            }
            return await db.SaveChangesAsync();
        });
        return ids;
    }

    /// A bought item returned by the buyer and sent back to its stall (own-team dropship: no wallet credit).
    public static async Task<Guid> ReturnTripAsync(SharedWarehouseFactory factory, Guid team, string pickerName)
    {
        var t = await TaskAsync(factory, team);
        return await DropshipAsync(factory, async db =>
        {
            var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == t.OrderId);
            var task = await db.Tasks.SingleAsync(x => x.Id == t.TaskId);
            var line = order.Lines.Single();
            var now = DateTime.UtcNow;
            task.Pick(Guid.CreateVersion7(), pickerName, 4_800, now).IsSuccess.ShouldBeTrue();
            line.Picked(4_800);
            line.Receive().IsSuccess.ShouldBeTrue();
            order.Refresh();
            order.Ship("顺丰", "SF" + t.OrderNumber, now).IsSuccess.ShouldBeTrue();
            var item = ReturnCase.Inspect(order, line, task, "YT" + t.OrderNumber, true, null, now).Value;
            item.SendBackToStall().IsSuccess.ShouldBeTrue();
            db.Returns.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    private static Guid MarketId(string market) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(market)));

    private static int FloorOrder(string floor) => floor switch { "一楼" => 1, "二楼" => 2, "三楼" => 3, _ => 9 };
}
