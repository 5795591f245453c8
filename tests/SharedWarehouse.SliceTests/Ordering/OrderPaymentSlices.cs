using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Payments;
using static SharedWarehouse.SliceTests.Ordering.OrderingGiven;

namespace SharedWarehouse.SliceTests.Ordering;

/// Ordering and Payments together through the simulated gateway's signed notifications and the outbox.
public abstract class OrderPaymentSlices(AppFixture app)
{
    private async Task<(Selling Stock, Guid Buyer, Guid OrderId, StartedPayment Payment)> PlacedAndStartedAsync(int quantity = 2)
    {
        var s = await app.SellingAsync(stock: 10);
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, s.SkuId, quantity);
        var placed = await app.SendAsync(Checkout(buyer, address));
        placed.Errors.ShouldBeEmpty();
        var payment = await app.StartedPaymentAsync(placed.Value.TotalFen, placed.Value.OrderId);
        return (s, buyer, placed.Value.OrderId, payment);
    }

    /// The buyer presses 支付成功 on the simulator's pay page; its signed notifications then arrive (with the
    /// configured chance of duplicates and stale ones first), and the outbox carries the consequences.
    private async Task PayAsync(StartedPayment payment)
    {
        (await app.SendAsync(new CompleteSimulatedCharge(payment.ChargeId, SimulatedOutcome.Success))).Errors.ShouldBeEmpty();
        await app.DeliverNotificationsAsync();
        await DeliverEverythingAsync();
    }

    private async Task DeliverEverythingAsync()
    {
        for (var i = 0; i < 4; i++) await app.DispatchEventsAsync(); // payment → ordering → inventory/payments/notifications
    }

    private Task<List<Reservation>> ReservationsAsync(Guid sku) =>
        app.QueryAsync<InventoryDbContext, List<Reservation>>(db => db.Reservations.AsNoTracking().Where(r => r.SkuId == sku).ToListAsync());

    [Fact]
    public async Task A_failed_payment_tells_the_buyer_once_with_a_link_back_and_the_order_still_waits_for_payment()
    {
        var (_, buyer, orderId, payment) = await PlacedAndStartedAsync();

        var duplicates = app.Simulator().DuplicateRate;
        app.Simulator().DuplicateRate = 1; // the gateway says it twice
        try
        {
            (await app.SendAsync(new CompleteSimulatedCharge(payment.ChargeId, SimulatedOutcome.Failure))).Errors.ShouldBeEmpty();
            await app.DeliverNotificationsAsync();
            await DeliverEverythingAsync();
        }
        finally { app.Simulator().DuplicateRate = duplicates; }

        var told = await app.QueryAsync<NotificationsDbContext, List<(string Title, string? Link)>>(async db =>
            (await db.Notifications.AsNoTracking().Where(n => n.UserId == buyer).Select(n => new { n.Title, n.Link }).ToListAsync())
            .Select(n => (n.Title, n.Link)).ToList());
        told.ShouldBe([("支付未成功", $"/orders/{orderId}")]);
        (await app.SendAsync(new GetMyOrder(buyer, orderId)))!.Status.ShouldBe(OrderStatus.AwaitingPayment);
    }

    [Fact]
    public async Task A_duplicated_success_notification_pays_the_order_once_and_its_stock_is_held_past_the_reservation_expiry()
    {
        var (s, buyer, orderId, payment) = await PlacedAndStartedAsync();

        var (duplicates, reorders) = (app.Simulator().DuplicateRate, app.Simulator().ReorderRate);
        (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (1, 1); // every notification twice, stale ones around it
        try { await PayAsync(payment); }
        finally { (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (duplicates, reorders); }

        var order = await app.SendAsync(new GetMyOrder(buyer, orderId));
        order!.Status.ShouldBe(OrderStatus.ToShip);
        order.PaidUtc.ShouldNotBeNull();
        order.Timeline.Count(t => t.To == OrderStatus.ToShip).ShouldBe(1);
        (await ReservationsAsync(s.SkuId)).Single().IsHeld.ShouldBeTrue();

        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.WithScopeAsync(sp => Modules.Inventory.Jobs.ExpireReservationsJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, CancellationToken.None));
        await app.WithScopeAsync(sp => CancelOverdueOrdersJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, CancellationToken.None));
        (await app.AvailableAsync(s.SkuId)).ShouldBe(8, "a paid order keeps its stock");
        (await app.SendAsync(new GetMyOrder(buyer, orderId)))!.Status.ShouldBe(OrderStatus.ToShip);
    }

    [Fact]
    public async Task A_payment_arriving_after_the_deadline_cancelled_the_order_is_refunded_not_applied()
    {
        var (s, buyer, orderId, payment) = await PlacedAndStartedAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        await app.WithScopeAsync(sp => CancelOverdueOrdersJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, CancellationToken.None));

        await PayAsync(payment);

        (await app.SendAsync(new GetMyOrder(buyer, orderId)))!.Status.ShouldBe(OrderStatus.Cancelled);
        var refunded = await app.PaymentAsync(payment.PaymentId);
        refunded.Refunds.Single().AmountFen.ShouldBe(payment.AmountFen);
        (await app.AvailableAsync(s.SkuId)).ShouldBe(10);
    }

    [Fact]
    public async Task A_paid_order_cancelled_by_its_buyer_is_refunded_once_and_its_stock_released()
    {
        var (s, buyer, orderId, payment) = await PlacedAndStartedAsync();
        await PayAsync(payment);

        (await app.SendAsync(new CancelOrder(buyer, orderId, "不想买了"))).Errors.ShouldBeEmpty();
        // Until Payments reports the money returned, the order shows as refunding to the buyer and on the desk.
        (await app.SendAsync(new GetMyOrder(buyer, orderId)))!.Refund.ShouldBe(RefundStatus.Requested);
        var desk = await app.SendAsync(new ListDesk(s.Merchant.OwnerId, DeskFilter.Refunding, null));
        desk.Page.Items.ShouldHaveSingleItem().Refund.ShouldBe(RefundStatus.Requested);
        await DeliverEverythingAsync();
        await DeliverEverythingAsync();

        (await app.PaymentAsync(payment.PaymentId)).Refunds.Single().AmountFen.ShouldBe(payment.AmountFen);
        (await app.EventCountAsync<PaymentRefunded>(payment.PaymentId)).ShouldBe(1);
        var refunded = (await app.SendAsync(new GetMyOrder(buyer, orderId)))!;
        (refunded.Refund, refunded.RefundFen).ShouldBe((RefundStatus.Refunded, payment.AmountFen));
        (await app.SendAsync(new ListDesk(s.Merchant.OwnerId, DeskFilter.Refunding, null))).Page.Items.ShouldBeEmpty();
        (await app.AvailableAsync(s.SkuId)).ShouldBe(10);
        await app.LedgerShouldBalanceAsync();
    }
}

public sealed class OrderPaymentOnSqlite(SqliteApp app) : OrderPaymentSlices(app), IClassFixture<SqliteApp>;

public sealed class OrderPaymentOnPostgreSql(PostgreSqlApp app) : OrderPaymentSlices(app), IClassFixture<PostgreSqlApp>;
