using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Testing;

public sealed record PickedOrder(Guid OrderId, string Number, IReadOnlyList<string> Labels, IReadOnlyList<Guid> LineIds);

/// Dropship orders made straight through the domain factories and DropshipDbContext, so warehouse tests need neither
/// the Markets module (stalls) nor the intake and filter: each line already picked at a stall and labelled.
public static class DropshipTestOrders
{
    public static readonly StallSnapshot Stall = new(Guid.CreateVersion7(), Guid.CreateVersion7(), "测试市场", "一楼", 1, "A-101", null, "K-1");

    private static string NewNumber() => "DT" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999);

    /// An order of this shop (platform mode: the platform's warehouse) whose lines were all picked at 12.00 each.
    public static async Task<PickedOrder> PickedAsync(IServiceProvider services, Guid shopId, DropshipMode mode, int lines = 2)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropshipDbContext>();
        var now = DateTime.UtcNow;
        var made = Enumerable.Range(1, lines)
            .Select(i => DropshipLine.Of($"SKU-{i}", $"测试连衣裙{i}", "黑色", "M", 1, 1_500).Value).ToList();
        var order = DropshipOrder.Receive(shopId, mode, NewNumber(), "EXT" + Guid.NewGuid().ToString("N")[..10], "淘宝",
            new Receiver("李四", "13912345678", "330106", "文三路 2 号"), null, made, now).Value;
        if (mode == DropshipMode.Platform) order.HoldRecorded(order.ComputeHold(new DropshipFees(500, 800)));
        order.MarkFiltered();
        db.Orders.Add(order);
        foreach (var line in order.Lines)
        {
            var task = PickupTask.Issue(order, line, Stall, DateOnly.FromDateTime(now), false, now);
            line.TaskIssued(task);
            task.Pick(Guid.CreateVersion7(), "拿货员甲", 1_200, now).IsSuccess.ShouldBeTrue();
            line.Picked(1_200);
            db.Tasks.Add(task);
        }
        await db.SaveChangesAsync();
        return new PickedOrder(order.Id, order.Number, order.Lines.Select(l => l.LabelId!).ToList(), order.Lines.Select(l => l.Id).ToList());
    }

    /// A picked order received and shipped (as the desk would), with the buyer's return waybill reported.
    public static Task<PickedOrder> ShippedWithReturnAsync(IServiceProvider services, Guid shopId, DropshipMode mode, string returnWaybill,
        int lines = 2) => ShippedAsync(services, shopId, mode, lines, returnWaybill);

    /// A picked order received and shipped (as the desk would); the return waybill is reported when given.
    public static async Task<PickedOrder> ShippedAsync(IServiceProvider services, Guid shopId, DropshipMode mode, int lines = 2,
        string? returnWaybill = null)
    {
        var picked = await PickedAsync(services, shopId, mode, lines);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropshipDbContext>();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == picked.OrderId);
        foreach (var line in order.Lines) line.Receive().IsSuccess.ShouldBeTrue();
        order.Refresh();
        order.Ship("测试快递", "FK" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), DateTime.UtcNow).IsSuccess.ShouldBeTrue();
        if (returnWaybill is not null) order.ExpectReturn(returnWaybill).IsSuccess.ShouldBeTrue();
        await db.SaveChangesAsync();
        return picked;
    }

    /// An order that came in through intake, whatever its lines' state after the filter: each open line picked at a
    /// stall and received, then the order shipped with this carrier and tracking number (as the desk would).
    public static async Task ShipAsync(IServiceProvider services, Guid orderId, string carrier, string trackingNumber)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropshipDbContext>();
        var now = DateTime.UtcNow;
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
        foreach (var line in order.Lines.Where(l => l.Status != LineStatus.Closed))
        {
            var task = PickupTask.Issue(order, line, Stall, DateOnly.FromDateTime(now), false, now);
            line.TaskIssued(task);
            task.Pick(Guid.CreateVersion7(), "拿货员甲", 1_200, now).IsSuccess.ShouldBeTrue();
            line.Picked(1_200);
            line.Receive().IsSuccess.ShouldBeTrue();
            db.Tasks.Add(task);
        }
        order.Refresh();
        order.Ship(carrier, trackingNumber, now).IsSuccess.ShouldBeTrue();
        await db.SaveChangesAsync();
    }

    /// The own-team sender every merchant needs before its warehouse can ship.
    public static async Task OwnTeamAccountAsync(IServiceProvider services, Guid shopId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropshipDbContext>();
        if (await db.Accounts.AnyAsync(a => a.ShopId == shopId)) return;
        var account = DropshipAccount.Open(shopId);
        account.Configure(DropshipMode.OwnTeam, null, "测试寄件人", "13812340000", "330106", "文三路 3 号").IsSuccess.ShouldBeTrue();
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
    }

    public static async Task<T> QueryAsync<T>(IServiceProvider services, Func<DropshipDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DropshipDbContext>());
    }
}
