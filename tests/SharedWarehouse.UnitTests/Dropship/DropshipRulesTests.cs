using System.Net;
using SharedWarehouse.Modules.Dropship;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;

namespace SharedWarehouse.UnitTests.Dropship;

public sealed class DropshipRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly StallSnapshot Stall = new(Guid.NewGuid(), Guid.NewGuid(), "十三行", "1楼", 1, "A101", null, "K-1");

    private static DropshipOrder Order(DropshipMode mode, params (string Code, int Qty, long Declared)[] lines) =>
        DropshipOrder.Receive(Guid.NewGuid(), mode, "DS0001", "TB1", "淘宝", new Receiver("张三", "13800138000", "440104", "北京路 1 号"), null,
            lines.Select(l => DropshipLine.Of(l.Code, "连衣裙", "红", "M", l.Qty, l.Declared).Value).ToList(), Now).Value;

    [Theory]
    [InlineData(4500, 500, 225)]
    [InlineData(4510, 500, 226)] // 225.5 rounds half up
    [InlineData(4509, 500, 225)]
    [InlineData(0, 500, 0)]
    public void Commission_is_basis_points_of_the_goods_rounded_half_up_to_the_fen(long goods, int bp, long commission)
    {
        var fees = new DropshipFees(bp, 800);
        fees.CommissionOn(goods).ShouldBe(commission);
        fees.Total(goods).ShouldBe(goods + commission + 800);
    }

    [Theory]
    [InlineData(4500, 4725, false)] // exactly 5 % above
    [InlineData(4500, 4726, true)]
    [InlineData(4501, 4727, false)] // the tolerance rounds up in the picker's favour
    [InlineData(0, 1, true)]
    public void A_stall_price_is_refused_only_beyond_the_tolerance(long declared, long paid, bool refused) =>
        new DropshipOptions { PriceToleranceBasisPoints = 500 }.IsAboveTolerance(declared, paid).ShouldBe(refused);

    [Fact]
    public void The_hold_covers_open_lines_at_declared_prices_and_settlement_the_prices_paid_with_the_shelf_free()
    {
        var order = Order(DropshipMode.Platform, ("A", 2, 4500), ("B", 1, 3000));
        var fees = new DropshipFees(500, 800);
        order.ComputeHold(fees).ShouldBe(fees.Total(2 * 4500 + 3000));
        order.Lines[0].ReservedInWarehouse(Guid.NewGuid(), "ds:x");
        var task = PickupTask.Issue(order, order.Lines[1], Stall, new DateOnly(2026, 11, 23), false, Now);
        order.Lines[1].TaskIssued(task);
        order.Lines[1].Picked(3200);
        order.ComputeSettlement(fees).ShouldBe(fees.Total(3200));
    }

    [Fact]
    public void An_order_with_goods_bought_at_a_stall_cannot_be_closed_but_one_waiting_for_them_can()
    {
        var order = Order(DropshipMode.OwnTeam, ("A", 1, 4500));
        order.MarkFiltered();
        var task = PickupTask.Issue(order, order.Lines[0], Stall, new DateOnly(2026, 11, 23), false, Now);
        order.Lines[0].TaskIssued(task);
        order.Close("", Now).Errors.Single().Field.ShouldBe("Reason");
        var picked = Order(DropshipMode.OwnTeam, ("A", 1, 4500));
        picked.Lines[0].Picked(4000);
        picked.Close("买家取消", Now).Errors.Single().Code.ShouldBe("conflict");
        order.Close("买家取消", Now).IsSuccess.ShouldBeTrue();
        order.Lines[0].Status.ShouldBe(LineStatus.Closed);
        order.Close("again", Now).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_repeated_tap_by_the_same_picker_succeeds_and_anything_else_on_a_done_task_is_refused()
    {
        var order = Order(DropshipMode.OwnTeam, ("A", 1, 4500));
        var task = PickupTask.Issue(order, order.Lines[0], Stall, new DateOnly(2026, 11, 23), false, Now);
        task.LabelId.ShouldMatch("^DS[0-9A-HJKMNP-TV-Z]{10}$");
        var me = Guid.NewGuid();
        task.Pick(me, "小王", 0, Now).Errors.Single().Field.ShouldBe("Price");
        task.Pick(me, "小王", 4300, Now).IsSuccess.ShouldBeTrue();
        task.Pick(me, "小王", 4300, Now).IsSuccess.ShouldBeTrue();
        task.Pick(me, "小王", 4200, Now).IsFailure.ShouldBeTrue();
        task.Pick(Guid.NewGuid(), "小李", 4300, Now).Errors.Single().Message.ShouldBe("已由{0}拿货");
        task.ReportOutOfStock(me, "小王", Now).IsFailure.ShouldBeTrue();
        task.Cancel();
        task.Status.ShouldBe(PickupTaskStatus.Picked);
    }

    [Fact]
    public void An_api_key_is_checked_against_its_hash_only()
    {
        var account = DropshipAccount.Open(Guid.NewGuid());
        var key = account.IssueApiKey(Now);
        key.ShouldStartWith("sw_" + account.ApiKeyPrefix + "_");
        account.ApiKeyHash.ShouldNotBeNull().ShouldNotContain(key[12..]);
        account.Accepts(key).ShouldBeTrue();
        account.Accepts(key + "x").ShouldBeFalse();
        DropshipAccount.PrefixOf("sw_short").ShouldBeNull();
        DropshipAccount.PrefixOf(null).ShouldBeNull();
    }

    [Fact]
    public void A_failing_tracking_callback_waits_twice_as_long_each_time_up_to_six_hours()
    {
        var order = Order(DropshipMode.OwnTeam, ("A", 1, 4500));
        var waits = Enumerable.Range(0, 12).Select(_ => { order.CallbackFailed(Now); return order.NextCallbackUtc!.Value - Now; }).ToList();
        waits.Take(4).ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)]);
        waits[^1].ShouldBe(TimeSpan.FromHours(6));
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("203.0.113.7", true)]
    [InlineData("2001:db8::1", true)]
    public void Tracking_callbacks_go_to_public_addresses_only(string address, bool allowed) =>
        CallbackHandler.IsPublic(IPAddress.Parse(address)).ShouldBe(allowed);
}
