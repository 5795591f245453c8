using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Courier.Features;
using SharedWarehouse.Modules.Courier.Gateways.Simulator;

namespace SharedWarehouse.UnitTests.Courier;

public sealed class ParcelProgressTests
{
    private static readonly DateTime Booked = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(5);

    private static IssuedWaybill Waybill() => IssuedWaybill.Issue(
        new WaybillRequest(" dropship:1 ", Guid.NewGuid(), new ParcelParty("王五", "+86 138-0013-8000", "440106", "天河路 385 号"),
            new ParcelParty("张三", "13912345678", "310104", "漕溪北路 88 号"), "连衣裙", 2, "SO1"),
        new BookedShipment("SIM", "模拟快递", "SIM123456789015"), Booked);

    private static CarrierEvent Event(string key, string status, double hours) => new(key, status, key, Booked.AddHours(hours));

    [Fact]
    public void A_new_waybill_is_created_with_its_first_event_and_is_due_for_a_poll_at_once()
    {
        var w = Waybill();

        w.Status.ShouldBe(ParcelStatuses.Created);
        w.Reference.ShouldBe("dropship:1");
        w.Sender.Phone.ShouldBe("13800138000");
        w.Events.Single().Status.ShouldBe(ParcelStatuses.Created);
        w.NextPollUtc.ShouldBe(Booked);
    }

    [Fact]
    public void Only_new_events_are_recorded_and_the_status_follows_the_latest()
    {
        var w = Waybill();
        var now = Booked.AddHours(3);

        var first = w.Record([Event("departed", ParcelStatuses.InTransit, 2), Event("picked_up", ParcelStatuses.PickedUp, 0.5)], now, Poll);
        var again = w.Record([Event("picked_up", ParcelStatuses.PickedUp, 0.5), Event("departed", ParcelStatuses.InTransit, 2)], now, Poll);

        first.Select(e => e.EventKey).ShouldBe(["picked_up", "departed"]); // oldest first, whatever order the carrier answers in
        again.ShouldBeEmpty();
        w.Status.ShouldBe(ParcelStatuses.InTransit);
        w.LastEventUtc.ShouldBe(Booked.AddHours(2));
        w.NextPollUtc.ShouldBe(now + Poll);
    }

    [Fact]
    public void Delivered_ends_the_polling_and_unknown_statuses_are_ignored()
    {
        var w = Waybill();

        var added = w.Record([Event("lost?", "exception", 1), Event("delivered", ParcelStatuses.Delivered, 20)], Booked.AddDays(1), Poll);

        added.Select(e => e.Status).ShouldBe([ParcelStatuses.Delivered]);
        w.Status.ShouldBe(ParcelStatuses.Delivered);
        w.NextPollUtc.ShouldBeNull();
    }

    [Fact]
    public void The_simulated_carrier_reports_each_scan_only_once_its_time_has_come()
    {
        var options = new SimulatorCourierOptions { PickUpAfterMinutes = 30, InTransitAfterMinutes = 120, DeliverAfterMinutes = 1440 };
        var shipment = SimulatedShipment.Book("r", "SIM123456789015", "广州市", "上海市", options, Booked);

        string[] StatusesAt(double hours) => shipment.History("模拟快递", Booked.AddHours(hours)).Select(e => e.Status).ToArray();

        StatusesAt(0.4).ShouldBeEmpty();
        StatusesAt(0.5).ShouldBe([ParcelStatuses.PickedUp]);
        StatusesAt(2).ShouldBe([ParcelStatuses.PickedUp, ParcelStatuses.InTransit]);
        StatusesAt(13).ShouldBe([ParcelStatuses.PickedUp, ParcelStatuses.InTransit, ParcelStatuses.InTransit]);
        StatusesAt(24).ShouldBe([ParcelStatuses.PickedUp, ParcelStatuses.InTransit, ParcelStatuses.InTransit, ParcelStatuses.Delivered]);
        shipment.History("模拟快递", Booked.AddDays(2)).Select(e => e.EventKey).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void Delays_configured_out_of_order_still_give_a_forward_timeline()
    {
        var options = new SimulatorCourierOptions { PickUpAfterMinutes = 60, InTransitAfterMinutes = 10, DeliverAfterMinutes = 5 };
        var times = SimulatedShipment.Book("r", "SIM123456789015", "a", "b", options, Booked).History("x", Booked.AddDays(1)).Select(e => e.OccurredUtc).ToList();

        times.ShouldBe(times.Order().ToList());
        times[0].ShouldBe(Booked.AddHours(1));
    }

    [Theory]
    [InlineData("440106", "广州市", "广东省 广州市 天河区 天河路 1 号")]
    [InlineData("310104", "上海市", "上海市 徐汇区 天河路 1 号")]
    public void Addresses_and_cities_leave_out_the_grouping_rows_of_the_region_codes(string code, string city, string address)
    {
        var regions = RegionCatalog.LoadEmbedded();

        RegionNames.City(regions, code).ShouldBe(city);
        RegionNames.Address(regions, code, "天河路 1 号").ShouldBe(address);
    }
}
