using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.Modules.Rental.Features.Items;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Consignment;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Payments;

namespace SharedWarehouse.SliceTests.Rental;

/// A shop renting out one item (¥100 a day, ¥500 a week, ¥800 deposit, ¥50 a day late, one buffer day) with its units.
public sealed record RentalShop(Merchant Merchant, Guid ItemId, IReadOnlyList<Guid> Units);

public static class RentalGiven
{
    public static RentalTermsText Terms(string deposit = "800.00", int buffer = 1, string lateFee = "50.00",
        EarlyReturnPolicy early = EarlyReturnPolicy.NoRefund) => new(deposit, "100.00", "500.00", null, 1, 30, buffer, lateFee, early);

    public static async Task<RentalShop> RentalShopAsync(this AppFixture app, int units = 1, RentalTermsText? terms = null)
    {
        var merchant = await app.MerchantAsync();
        await app.ApprovedProductAsync(merchant.OwnerId, await app.ReviewerAsync(), "全画幅相机");
        var sku = (await app.WithScopeAsync(sp => sp.GetRequiredService<ICatalogSkuDirectory>().ListApprovedAsync(merchant.ShopId, 10, default))).Single();
        var item = await app.SendAsync(new CreateRentalItem(merchant.OwnerId, sku.SkuId, "含电池两块", terms ?? Terms()));
        item.Errors.ShouldBeEmpty();
        var (warehouse, _) = await app.WarehouseAsync(merchant.OwnerId);
        var ids = new List<Guid>();
        for (var i = 1; i <= units; i++)
        {
            var unit = await app.SendAsync(new AddRentalUnit(merchant.OwnerId, item.Value, $"CAM-{i:D3}", warehouse));
            unit.Errors.ShouldBeEmpty();
            ids.Add(unit.Value);
        }
        return new RentalShop(merchant, item.Value, ids);
    }

    public static DateOnly Today(this AppFixture app) => ChinaTime.Today(app.Clock);

    public static BookRental Booking(Guid buyer, Guid item, DateOnly start, DateOnly end, Guid? key = null) =>
        new(buyer, item, key ?? Guid.NewGuid(), start, end, RentalFulfilment.Pickup, null);

    /// Booked and paid through the simulated gateway (its notification delivered, the events handled).
    public static async Task<Guid> PaidBookingAsync(this AppFixture app, Guid buyer, Guid item, DateOnly start, DateOnly end)
    {
        var booked = await app.SendAsync(Booking(buyer, item, start, end));
        booked.Errors.ShouldBeEmpty();
        await app.PayAsync(buyer, booked.Value, booked.Value);
        (await app.BookingAsync(booked.Value)).Status.ShouldBe(RentalStatus.Booked);
        return booked.Value;
    }

    /// Pays what the booking page's pay button asks for (rent + deposit, or the balance, whose gateway order id is its own).
    public static async Task PayAsync(this AppFixture app, Guid buyer, Guid booking, Guid gatewayOrderId)
    {
        (await app.SendAsync(new PayRental(buyer, booking))).Errors.ShouldBeEmpty();
        var charge = await app.QueryAsync<PaymentsDbContext, string>(db => db.Payments.Where(p => p.OrderId == gatewayOrderId && p.Status == PaymentStatus.Pending)
            .Select(p => p.ChargeId!).SingleAsync());
        (await app.SendAsync(new CompleteSimulatedCharge(Guid.Parse(charge), SimulatedOutcome.Success))).Errors.ShouldBeEmpty();
        await app.DeliverNotificationsAsync();
        await app.DeliverAllAsync();
    }

    public static Task<RentalBooking> BookingAsync(this AppFixture app, Guid id) =>
        app.QueryAsync<RentalDbContext, RentalBooking>(db => db.Bookings.AsNoTracking().Include(b => b.Steps).SingleAsync(b => b.Id == id));

    public static Task<List<PaymentRefund>> RefundsAsync(this AppFixture app, Guid gatewayOrderId) =>
        app.QueryAsync<PaymentsDbContext, List<PaymentRefund>>(db => db.Payments.AsNoTracking().Where(p => p.OrderId == gatewayOrderId)
            .SelectMany(p => p.Refunds).ToListAsync());
}
