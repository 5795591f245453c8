using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Dropship.Features.Picking;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Wallet;

namespace SharedWarehouse.SliceTests.Dropship;

public abstract class ReturnSlices(AppFixture app)
{
    [Fact]
    public async Task An_accepted_return_is_found_by_its_waybill_and_the_next_order_for_the_same_code_takes_it_instead_of_a_stall_trip()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId);
        var shipped = await app.ShippedAsync(d, picker, d.Merchant.ShopId);
        (await app.SendAsync(new ExpectReturn(d.Merchant.ShopId, shipped.ExternalOrderId, "RTN-0001"))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new FindReturnParcel(Guid.Empty, "RTN-0001"))).Errors.Single().Field.ShouldBe("Code"); // another warehouse
        var parcel = (await app.SendAsync(new FindReturnParcel(d.Merchant.ShopId, "RTN-0001"))).Value;
        parcel.OrderId.ShouldBe(shipped.Id);
        (await app.SendAsync(new FindReturnParcel(d.Merchant.ShopId, shipped.TrackingNumber))).Value.OrderId.ShouldBe(shipped.Id);

        var line = parcel.Lines.Single();
        (await app.SendAsync(new InspectReturn(d.Merchant.ShopId, shipped.Id, line.LineId, "RTN-0001", false, null, null))).Errors.Single().Field.ShouldBe("Note");
        var station = "退货台" + Guid.NewGuid().ToString("N")[..6];
        (await app.SendAsync(new SavePrinter(null, "退货标签机" + station, "127.0.0.1", 9, "EscPos", 58, null, station))).Errors.ShouldBeEmpty();
        var inspected = await app.SendAsync(new InspectReturn(d.Merchant.ShopId, shipped.Id, line.LineId, "RTN-0001", true, null, station));
        inspected.Errors.ShouldBeEmpty();
        inspected.Value.Status.ShouldBe(ReturnStatus.InStock);
        inspected.Value.PrintJobId.ShouldNotBeNull();
        var repeat = await app.SendAsync(new InspectReturn(d.Merchant.ShopId, shipped.Id, line.LineId, "RTN-0001", true, null, station));
        (repeat.Value.ReturnId, repeat.Value.PrintJobId).ShouldBe((inspected.Value.ReturnId, inspected.Value.PrintJobId));
        (await app.PrintJobsAsync($"return:{inspected.Value.ReturnId:N}")).ShouldBe(1); // a repeated submit prints nothing more

        var next = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        var taken = next.Lines.Single();
        (taken.Status, taken.LabelId, taken.PaidUnitFen).ShouldBe((LineStatus.Received, inspected.Value.ReturnLabelId, 4300L));
        (await app.TasksAsync(next.Id)).ShouldBeEmpty();
        next.Status.ShouldBe(DropshipOrderStatus.ReadyToShip);
        var item = await app.QueryAsync<DropshipDbContext, ReturnCase>(db => db.Returns.AsNoTracking().SingleAsync(r => r.Id == inspected.Value.ReturnId));
        (item.Status, item.SoldToOrderId).ShouldBe((ReturnStatus.SoldAgain, next.Id));

        // Closing the order that took it puts the item back in returned stock.
        (await app.SendAsync(new CloseDropshipOrder(d.Merchant.ShopId, next.Id, "买家取消"))).Errors.ShouldBeEmpty();
        (await app.QueryAsync<DropshipDbContext, ReturnStatus>(db => db.Returns.Where(r => r.Id == item.Id).Select(r => r.Status).SingleAsync()))
            .ShouldBe(ReturnStatus.InStock);
    }

    [Fact]
    public async Task A_return_goes_back_to_its_stall_and_the_stall_refund_is_credited_to_the_merchants_wallet_once()
    {
        var d = await app.DropshipMerchantAsync(DropshipMode.Platform);
        (await app.WalletAsync(w => w.CreditAsync(d.Merchant.ShopId, 10_000, WalletGiven.Doc("seed-" + Guid.NewGuid().ToString("N")), "起始资金", default))).Errors.ShouldBeEmpty();
        var picker = await app.PickerAsync(null);
        var shipped = await app.ShippedAsync(d, picker, Guid.Empty);
        var balanceAfterShipping = (await app.BalanceAsync(d.Merchant.ShopId)).BalanceFen;
        balanceAfterShipping.ShouldBe(10_000 - (4300 + 215 + 800));

        var returnId = (await app.SendAsync(new InspectReturn(Guid.Empty, shipped.Id, shipped.Lines.Single().Id, shipped.TrackingNumber, true, null, null))).Value.ReturnId;
        (await app.SendAsync(new ActOnReturn(null, d.Merchant.ShopId, returnId, ReturnAction.BackToStall, null))).IsNotFound.ShouldBeTrue(); // not that warehouse
        (await app.SendAsync(new ActOnReturn(null, Guid.Empty, returnId, ReturnAction.BackToStall, null))).Errors.ShouldBeEmpty();

        var trip = (await app.SendAsync(new GetPickerDay(picker.UserId)))!.Returns.Single(r => r.ReturnId == returnId);
        (trip.PaidUnitFen, trip.PickerName, trip.StallText).ShouldBe((4300L, "小王", $"{d.Market.Name} 1楼 A01"));
        var other = await app.PickerAsync(d.Merchant.ShopId);
        (await app.SendAsync(new RecordStallReturn(other.UserId, returnId, true, 4300, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new RecordStallReturn(picker.UserId, returnId, true, null, null))).Errors.Single().Field.ShouldBe("Amount");
        (await app.SendAsync(new RecordStallReturn(picker.UserId, returnId, true, 4000, null))).Value.ShouldBe(ReturnStatus.StallRefunded);
        (await app.SendAsync(new RecordStallReturn(picker.UserId, returnId, true, 4000, null))).Value.ShouldBe(ReturnStatus.StallRefunded); // a retried tap

        (await app.BalanceAsync(d.Merchant.ShopId)).BalanceFen.ShouldBe(balanceAfterShipping + 4000);
        await app.LedgerShouldBalanceAsync(d.Merchant.ShopId);
    }

    [Fact]
    public async Task A_refused_return_is_set_aside_and_a_stall_that_will_not_take_it_back_leaves_it_to_the_merchant()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId);
        var one = await app.ShippedAsync(d, picker, d.Merchant.ShopId);
        var two = await app.ShippedAsync(d, picker, d.Merchant.ShopId);

        var refused = (await app.SendAsync(new InspectReturn(d.Merchant.ShopId, one.Id, one.Lines.Single().Id, "RTN-9", false, "吊牌已剪", null))).Value;
        refused.Status.ShouldBe(ReturnStatus.Refused);
        (await app.SendAsync(new ActOnReturn(d.Merchant.ShopId, d.Merchant.ShopId, refused.ReturnId, ReturnAction.BackToStall, null))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new ActOnReturn(d.Merchant.ShopId, d.Merchant.ShopId, refused.ReturnId, ReturnAction.Close, "已与买家协商"))).Errors.ShouldBeEmpty();

        var accepted = (await app.SendAsync(new InspectReturn(d.Merchant.ShopId, two.Id, two.Lines.Single().Id, "RTN-10", true, null, null))).Value;
        (await app.SendAsync(new ActOnReturn(d.Merchant.ShopId, d.Merchant.ShopId, accepted.ReturnId, ReturnAction.BackToStall, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new RecordStallReturn(picker.UserId, accepted.ReturnId, false, null, ""))).Errors.Single().Field.ShouldBe("Note");
        (await app.SendAsync(new RecordStallReturn(picker.UserId, accepted.ReturnId, false, null, "档口说超过七天"))).Value.ShouldBe(ReturnStatus.StallRefused);
        // Negotiated: another trip, this time refunded.
        (await app.SendAsync(new ActOnReturn(d.Merchant.ShopId, d.Merchant.ShopId, accepted.ReturnId, ReturnAction.BackToStall, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new RecordStallReturn(picker.UserId, accepted.ReturnId, true, 4300, null))).Value.ShouldBe(ReturnStatus.StallRefunded);
    }
}

public sealed class ReturnSlicesOnSqlite(SqliteApp app) : ReturnSlices(app), IClassFixture<SqliteApp>;

public sealed class ReturnSlicesOnPostgreSql(PostgreSqlApp app) : ReturnSlices(app), IClassFixture<PostgreSqlApp>;
