using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Features;
using SharedWarehouse.Modules.Courier.Gateways.Simulator;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Courier;

public abstract class WaybillSlices(AppFixture app)
{
    [Fact]
    public async Task A_waybill_gets_a_simulator_tracking_number_with_a_valid_check_digit_and_can_be_found()
    {
        var shop = Guid.NewGuid();
        var waybill = await app.WaybillAsync(shop);

        waybill.CarrierCode.ShouldBe("SIM");
        waybill.CarrierName.ShouldBe("模拟快递");
        SimulatorTrackingNumber.IsValid(waybill.TrackingNumber, "SIM").ShouldBeTrue(waybill.TrackingNumber);
        waybill.ShopId.ShouldBe(shop);
        waybill.OrderNumber.ShouldBe("SO20261123001");
        waybill.CreatedUtc.ShouldBe(app.Clock.GetUtcNow().UtcDateTime);
        (await app.CourierAsync(c => c.FindAsync(waybill.TrackingNumber, default))).ShouldBe(waybill);
        var tracking = await app.CourierAsync(c => c.TrackingAsync(waybill.TrackingNumber, default));
        tracking.Select(e => e.Status).ShouldBe([ParcelStatuses.Created]);
    }

    [Fact]
    public async Task Asking_again_with_the_same_reference_answers_the_waybill_already_issued()
    {
        var shop = Guid.NewGuid();
        var request = CourierGiven.Request(shop);

        var first = (await app.CreateAsync(request)).Value;
        var second = (await app.CreateAsync(request with { Contents = "换了内容也一样" })).Value;

        second.ShouldBe(first);
        (await app.WaybillCountAsync(request.Reference)).ShouldBe(1);
    }

    [Fact]
    public async Task Another_shops_reference_is_refused_and_its_waybill_never_handed_out()
    {
        var request = CourierGiven.Request(Guid.NewGuid());
        var mine = (await app.CreateAsync(request)).Value;

        var other = await app.CreateAsync(request with { ShopId = Guid.NewGuid() });

        other.IsFailure.ShouldBeTrue();
        other.Errors.Single().Field.ShouldBe(nameof(WaybillRequest.Reference));
        (await app.CourierAsync(c => c.FindAsync(mine.TrackingNumber, default)))!.ShopId.ShouldBe(request.ShopId);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_stored()
    {
        var request = CourierGiven.Request(Guid.NewGuid()) with
        {
            Receiver = CourierGiven.Receiver with { Phone = "12345", RegionCode = "310100" }, Pieces = 0, Contents = "",
        };

        var result = await app.CreateAsync(request);

        result.IsFailure.ShouldBeTrue();
        result.Errors.Count.ShouldBeGreaterThanOrEqualTo(4);
        (await app.WaybillCountAsync(request.Reference)).ShouldBe(0);
    }

    [Fact]
    public async Task The_admin_list_finds_waybills_by_shop_and_by_tracking_or_order_number()
    {
        var shop = Guid.NewGuid();
        var a = await app.WaybillAsync(shop);
        var b = await app.WaybillAsync(shop);
        var other = await app.WaybillAsync();

        var ofShop = await app.SendAsync(new ListWaybills(null, shop));
        var byNumber = await app.SendAsync(new ListWaybills(" " + other.TrackingNumber.ToLowerInvariant() + " ", null));
        var byOrderInShop = await app.SendAsync(new ListWaybills("SO20261123001", shop));

        ofShop.Items.Select(w => w.TrackingNumber).ShouldBe([b.TrackingNumber, a.TrackingNumber], ignoreOrder: true);
        byNumber.Items.Single().TrackingNumber.ShouldBe(other.TrackingNumber);
        byOrderInShop.Total.ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_tracking_numbers_find_nothing()
    {
        (await app.CourierAsync(c => c.FindAsync("SIM000000000000", default))).ShouldBeNull();
        (await app.CourierAsync(c => c.TrackingAsync("SIM000000000000", default))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Many_requests_with_one_reference_at_the_same_moment_make_one_waybill()
    {
        var request = CourierGiven.Request(Guid.NewGuid());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => app.CreateAsync(request))));

        results.ShouldAllBe(r => r.IsSuccess);
        results.Select(r => r.Value.TrackingNumber).Distinct().Count().ShouldBe(1);
        (await app.WaybillCountAsync(request.Reference)).ShouldBe(1);
    }
}

public sealed class WaybillOnSqlite(SqliteApp app) : WaybillSlices(app), IClassFixture<SqliteApp>;

public sealed class WaybillOnPostgreSql(PostgreSqlApp app) : WaybillSlices(app), IClassFixture<PostgreSqlApp>;
