using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Checkout;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

/// Unpaid online orders are cancelled at their payment deadline and their stock released, one order at a time.
[DisallowConcurrentExecution]
public sealed class CancelOverdueOrdersJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    public const string Name = "ordering-cancel-unpaid";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(scopes, time, cancellationToken)} cancelled";

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().Orders
                .Where(o => o.Status == OrderStatus.AwaitingPayment && o.PaymentDeadlineUtc <= now).OrderBy(o => o.PaymentDeadlineUtc)
                .Select(o => o.Id).Take(500).ToListAsync(ct);
        var cancelled = 0;
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            // A payment that lands first wins: the order is then no longer awaiting payment and the cancel is refused.
            if ((await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CancelOrder(null, id, "超时未支付，系统自动取消"), ct)).IsSuccess) cancelled++;
        }
        return cancelled;
    }
}

/// Orders left in Placing (the process stopped between its steps) are failed and whatever they reserved is released.
[DisallowConcurrentExecution]
public sealed class RecoverPlacingOrdersJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    public const string Name = "ordering-recover-placing";
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(5);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(scopes, time, cancellationToken)} recovered";

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, TimeProvider time, CancellationToken ct)
    {
        var before = time.GetUtcNow().UtcDateTime - StuckAfter;
        List<(Guid Id, List<string> Refs)> stuck;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
            var orders = await db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines)
                .Where(o => o.Status == OrderStatus.Placing && o.PlacedUtc <= before).Take(100).ToListAsync(ct);
            stuck = orders.Select(o => (o.Id, o.SubOrders.SelectMany(s => s.Lines).Select(l => l.ReservationRef).ToList())).ToList();
        }
        foreach (var (id, refs) in stuck)
        {
            await using var scope = scopes.CreateAsyncScope();
            // Fail first: once failed, nothing can make the order visible, so releasing afterwards is safe.
            var failed = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new FailOrder(id, "下单过程中断，已释放库存"), ct);
            if (failed.IsSuccess) await CancelOrderHandler.ReleaseAsync(scope.ServiceProvider.GetRequiredService<IStockReservations>(), refs, ct);
        }
        return stuck.Count;
    }
}
