using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.Modules.Rental.Features.Deadlines;
using SharedWarehouse.Modules.Rental.Features.Merchant;
using SharedWarehouse.Modules.Rental.Features.Platform;
using SharedWarehouse.Modules.Rental.Features.Queries;
using SharedWarehouse.SliceTests.Consignment;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Payments;

namespace SharedWarehouse.SliceTests.Rental;

/// Rental through the real dispatcher, with Payments (simulated gateway) behind it, on both providers.
public abstract class RentalSlices(AppFixture app)
{
    private async Task OutAsync(RentalShop shop, Guid booking)
    {
        (await app.SendAsync(new HandOverRental(shop.Merchant.OwnerId, booking, null))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
    }

    [Fact]
    public async Task A_rental_returned_two_days_late_refunds_the_deposit_less_two_late_fees_through_payments_once()
    {
        var shop = await app.RentalShopAsync();
        var buyer = await app.BuyerAsync();
        var start = app.Today().AddDays(1);
        var id = await app.PaidBookingAsync(buyer, shop.ItemId, start, start.AddDays(3));
        var booking = await app.BookingAsync(id);
        (booking.RentFen, booking.DepositFen, booking.UnitId).ShouldBe((30000L, 80000L, shop.Units[0]));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await OutAsync(shop, id);
        app.Clock.Advance(TimeSpan.FromDays(5)); // due back after 3 days, returned after 5
        (await app.SendAsync(new RecordRentalReturn(shop.Merchant.OwnerId, id, null, null, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new RecordRentalReturn(shop.Merchant.OwnerId, id, null, null, null))).Errors.Single().Code.ShouldBe("conflict");
        await app.DeliverAllAsync();
        await app.DeliverNotificationsAsync();
        await app.DeliverAllAsync();

        booking = await app.BookingAsync(id);
        (booking.Status, booking.LateDays, booking.LateFeeFen, booking.DepositRefundFen, booking.RefundedFen).ShouldBe((RentalStatus.Closed, 2, 10000L, 70000L, 70000L));
        var refund = (await app.RefundsAsync(id)).ShouldHaveSingleItem();
        (refund.AmountFen, refund.Reference).ShouldBe((70000L, $"rent-{booking.Number}-settle"));
        var notices = await app.QueryAsync<NotificationsDbContext, List<string>>(db => db.Notifications.Where(n => n.UserId == buyer).Select(n => n.Body).ToListAsync());
        notices.ShouldContain("租赁单 {0} 已结算：逾期 {1} 天，扣款 {2}，退回 {3}");
    }

    [Fact]
    public async Task Fifty_parallel_bookings_of_overlapping_periods_for_three_units_never_book_a_unit_twice()
    {
        var shop = await app.RentalShopAsync(units: 3);
        var buyers = new List<Guid>();
        for (var i = 0; i < 10; i++) buyers.Add(await app.BuyerAsync());
        var first = app.Today().AddDays(2);
        // Fifty buyers at once, each for 2–4 days starting in the same week: far more demand than three units can meet.
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            app.SendAsync(RentalGiven.Booking(buyers[i % buyers.Count], shop.ItemId, first.AddDays(i % 5), first.AddDays(i % 5 + 2 + i % 3))))));
        var booked = results.Where(r => r.IsSuccess).Select(r => r.Value).ToList();
        booked.Count.ShouldBeGreaterThanOrEqualTo(3, "every unit is free at the start");
        results.Where(r => r.IsFailure).ShouldAllBe(r => r.Errors.Single().Field == "StartDate", "a refused booking says the dates are taken");

        // Checked in the database itself: no two holding bookings of one unit overlap, so never more than three on a day.
        var overlaps = await app.QueryAsync<RentalDbContext, int>(db => db.Bookings.CountAsync(a => a.HoldsUnit && db.Bookings.Any(b =>
            b.HoldsUnit && b.UnitId == a.UnitId && b.Id != a.Id && b.BlockStart < a.BlockEnd && a.BlockStart < b.BlockEnd)));
        overlaps.ShouldBe(0);
        var holds = await app.QueryAsync<RentalDbContext, List<RentalBooking>>(db => db.Bookings.AsNoTracking().Where(b => b.ItemId == shop.ItemId && b.HoldsUnit).ToListAsync());
        holds.Select(h => h.Id).Order().ShouldBe(booked.Order());
        for (var day = first; day < first.AddDays(12); day = day.AddDays(1))
            holds.Count(h => h.BlockStart <= day && day < h.BlockEnd).ShouldBeLessThanOrEqualTo(3, day.ToString("O"));
    }

    [Fact]
    public async Task The_database_refuses_an_overlapping_booking_of_a_unit_whatever_the_code_above_believes()
    {
        var shop = await app.RentalShopAsync();
        var buyer = await app.BuyerAsync();
        var start = app.Today().AddDays(3);
        var id = (await app.SendAsync(RentalGiven.Booking(buyer, shop.ItemId, start, start.AddDays(2)))).Value;
        // Move another holding booking onto the same unit and days directly: the guard (exclusion constraint / trigger) refuses it.
        var other = (await app.SendAsync(RentalGiven.Booking(buyer, shop.ItemId, start.AddDays(10), start.AddDays(12)))).Value;
        var refused = await Should.ThrowAsync<DbUpdateException>(() => app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RentalDbContext>();
            var b = await db.Bookings.SingleAsync(x => x.Id == other);
            db.Entry(b).Property(x => x.BlockStart).CurrentValue = start.AddDays(1);
            return await db.SaveChangesAsync();
        }));
        refused.IsDoubleBooking().ShouldBeTrue(refused.InnerException?.Message);
        (await app.BookingAsync(id)).HoldsUnit.ShouldBeTrue();
    }

    [Fact]
    public async Task A_form_sent_twice_makes_one_booking_and_the_buffer_day_keeps_the_next_renter_out()
    {
        var shop = await app.RentalShopAsync();
        var buyer = await app.BuyerAsync();
        var start = app.Today().AddDays(1);
        var key = Guid.NewGuid();
        var once = await app.SendAsync(RentalGiven.Booking(buyer, shop.ItemId, start, start.AddDays(2), key));
        var twice = await app.SendAsync(RentalGiven.Booking(buyer, shop.ItemId, start, start.AddDays(2), key));
        twice.Value.ShouldBe(once.Value);
        // Back on day 2, one buffer day: the unit is free again from day 3, not on day 2.
        (await app.SendAsync(RentalGiven.Booking(buyer, shop.ItemId, start.AddDays(2), start.AddDays(4)))).Errors.Single().Field.ShouldBe("StartDate");
        (await app.SendAsync(RentalGiven.Booking(buyer, shop.ItemId, start.AddDays(3), start.AddDays(4)))).Errors.ShouldBeEmpty();
        var calendar = (await app.SendAsync(new GetRentalItemPage(shop.ItemId, null, null)))!.Calendar;
        calendar.Single(d => d.Day == start.AddDays(2)).FreeUnits.ShouldBe(0);
        calendar.Single(d => d.Day == start.AddDays(5)).FreeUnits.ShouldBe(1);
    }

    [Fact]
    public async Task An_unpaid_booking_frees_its_unit_at_the_deadline_and_a_payment_arriving_after_it_is_refunded()
    {
        var shop = await app.RentalShopAsync();
        var buyer = await app.BuyerAsync();
        var start = app.Today().AddDays(1);
        var id = (await app.SendAsync(RentalGiven.Booking(buyer, shop.ItemId, start, start.AddDays(2)))).Value;
        (await app.SendAsync(new PayRental(buyer, id))).Errors.ShouldBeEmpty(); // the buyer opens the pay page … and waits
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var (expired, _, _) = await RentalDeadlinesJob.RunAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, default);
        expired.ShouldBeGreaterThanOrEqualTo(1);
        (await app.BookingAsync(id)).Status.ShouldBe(RentalStatus.Expired);
        (await app.SendAsync(RentalGiven.Booking(await app.BuyerAsync(), shop.ItemId, start, start.AddDays(2)))).Errors.ShouldBeEmpty("the unit is free again");

        var charge = await app.QueryAsync<Modules.Payments.Data.PaymentsDbContext, string>(db => db.Payments.Where(p => p.OrderId == id).Select(p => p.ChargeId!).SingleAsync());
        (await app.SendAsync(new Modules.Payments.Gateways.Simulator.CompleteSimulatedCharge(Guid.Parse(charge), Modules.Payments.Gateways.Simulator.SimulatedOutcome.Success)))
            .Errors.ShouldBeEmpty();
        await app.DeliverNotificationsAsync();
        await app.DeliverAllAsync();
        await app.DeliverNotificationsAsync();
        (await app.RefundsAsync(id)).ShouldHaveSingleItem().AmountFen.ShouldBe((await app.BookingAsync(id)).TotalFen);
        (await app.BookingAsync(id)).Status.ShouldBe(RentalStatus.Expired);
    }

    [Fact]
    public async Task A_disputed_damage_charge_is_decided_by_the_platform_and_charges_beyond_the_deposit_are_paid_as_a_balance()
    {
        var shop = await app.RentalShopAsync(terms: RentalGiven.Terms(deposit: "200.00"));
        var buyer = await app.BuyerAsync();
        var start = app.Today().AddDays(1);
        var id = await app.PaidBookingAsync(buyer, shop.ItemId, start, start.AddDays(2));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await OutAsync(shop, id);
        app.Clock.Advance(TimeSpan.FromDays(2));
        (await app.SendAsync(new RecordRentalReturn(shop.Merchant.OwnerId, id, null, "500.00", null))).Errors.Single().Field.ShouldBe("Note");
        (await app.SendAsync(new RecordRentalReturn(shop.Merchant.OwnerId, id, null, "500.00", "镜头进水"))).Errors.ShouldBeEmpty();
        (await app.BookingAsync(id)).Status.ShouldBe(RentalStatus.ChargeProposed);
        (await app.SendAsync(new DisputeRentalCharge(buyer, id, "归还时正常"))).Errors.ShouldBeEmpty();
        var desk = await app.SendAsync(new ListPlatformRentals(true, 1));
        desk.Rows.Items.ShouldContain(r => r.Id == id);

        (await app.SendAsync(new DecideRentalDispute(await app.ReviewerAsync(), id, "600.00", "超出商家所扣"))).Errors.Single().Field.ShouldBe("Damage");
        (await app.SendAsync(new DecideRentalDispute(await app.ReviewerAsync(), id, "300.00", "有轻微进水痕迹，按维修报价扣款"))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        var settled = await app.BookingAsync(id);
        (settled.Status, settled.DamageFen, settled.DepositRefundFen, settled.BalanceDueFen).ShouldBe((RentalStatus.AwaitingBalance, 30000L, 0L, 10000L));
        (await app.RefundsAsync(id)).ShouldBeEmpty("the whole deposit went to the charge");

        await app.PayAsync(buyer, id, settled.BalancePaymentRef!.Value);
        (await app.BookingAsync(id)).Status.ShouldBe(RentalStatus.Closed);
    }

    [Fact]
    public async Task The_buyer_accepting_a_charge_and_the_deadline_job_at_the_same_moment_settle_it_once()
    {
        var shop = await app.RentalShopAsync();
        var buyer = await app.BuyerAsync();
        var start = app.Today().AddDays(1);
        var id = await app.PaidBookingAsync(buyer, shop.ItemId, start, start.AddDays(2));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await OutAsync(shop, id);
        (await app.SendAsync(new RecordRentalReturn(shop.Merchant.OwnerId, id, null, "100.00", "外壳磕碰"))).Errors.ShouldBeEmpty();
        app.Clock.Advance(TimeSpan.FromDays(8));
        var both = await Task.WhenAll(Task.Run(() => app.SendAsync(new AcceptRentalCharge(buyer, id))), Task.Run(() => app.SendAsync(new SettleUnansweredCharge(id))));
        both.Count(r => r.IsSuccess).ShouldBe(1);
        await app.DeliverAllAsync();
        await app.DeliverNotificationsAsync();
        var b = await app.BookingAsync(id);
        (b.Status, b.RefundedFen).ShouldBe((RentalStatus.Closed, 70000L));
        (await app.RefundsAsync(id)).ShouldHaveSingleItem().AmountFen.ShouldBe(70000);
    }

    [Fact]
    public async Task Another_shop_and_another_buyer_find_nothing()
    {
        var shop = await app.RentalShopAsync();
        var other = await app.RentalShopAsync();
        var buyer = await app.BuyerAsync();
        var stranger = await app.BuyerAsync();
        var id = await app.PaidBookingAsync(buyer, shop.ItemId, app.Today().AddDays(1), app.Today().AddDays(2));
        (await app.SendAsync(new GetRentalBooking(RentalViewer.Merchant, other.Merchant.OwnerId, id))).ShouldBeNull();
        (await app.SendAsync(new GetRentalBooking(RentalViewer.Buyer, stranger, id))).ShouldBeNull();
        (await app.SendAsync(new HandOverRental(other.Merchant.OwnerId, id, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new CancelRentalBooking(stranger, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new GetShopRentalItem(other.Merchant.OwnerId, shop.ItemId))).ShouldBeNull();
        (await app.SendAsync(new Modules.Rental.Features.Items.AddRentalUnit(other.Merchant.OwnerId, shop.ItemId, "X-1", Guid.NewGuid()))).IsNotFound.ShouldBeTrue();
        (await app.BookingAsync(id)).Status.ShouldBe(RentalStatus.Booked);
    }
}

public sealed class RentalSlicesOnSqlite(SqliteApp app) : RentalSlices(app), IClassFixture<SqliteApp>;

public sealed class RentalSlicesOnPostgreSql(PostgreSqlApp app) : RentalSlices(app), IClassFixture<PostgreSqlApp>;
