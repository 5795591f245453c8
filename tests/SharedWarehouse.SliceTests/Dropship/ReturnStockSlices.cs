using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.Testing;

namespace SharedWarehouse.SliceTests.Dropship;

/// The returned-stock list of a warehouse desk: only that warehouse's (and shop's) returns, by status, paged.
public abstract class ReturnStockSlices(AppFixture app)
{
    private async Task<List<Guid>> InspectAsync(PickedOrder order, Guid scope, string waybill, params bool[] accept)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < accept.Length; i++)
        {
            var inspected = await app.SendAsync(new InspectReturn(scope, order.OrderId, order.LineIds[i], waybill, accept[i], accept[i] ? null : "污渍", null));
            inspected.Errors.ShouldBeEmpty();
            ids.Add(inspected.Value.ReturnId);
        }
        return ids;
    }

    private static string Waybill() => "RW" + Random.Shared.NextInt64(100_000_000, 999_999_999);

    [Fact]
    public async Task A_warehouse_lists_only_its_own_returns_filtered_by_status_and_paged()
    {
        var (shopA, shopB) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (wa, wb, wp) = (Waybill(), Waybill(), Waybill());
        var ofA = await DropshipTestOrders.ShippedWithReturnAsync(app.Services, shopA, DropshipMode.OwnTeam, wa);
        var ofB = await DropshipTestOrders.ShippedWithReturnAsync(app.Services, shopB, DropshipMode.OwnTeam, wb, lines: 1);
        var platform = await DropshipTestOrders.ShippedWithReturnAsync(app.Services, shopA, DropshipMode.Platform, wp, lines: 1);
        var a = await InspectAsync(ofA, shopA, wa, true, false);
        var b = await InspectAsync(ofB, shopB, wb, true);
        var p = await InspectAsync(platform, Guid.Empty, wp, true);

        var all = await app.SendAsync(new ListReturnStock(shopA, shopA, null));
        all.Items.Select(r => r.Id).ShouldBe(a, ignoreOrder: true);
        var inStock = (await app.SendAsync(new ListReturnStock(shopA, shopA, ReturnStatus.InStock))).Items.ShouldHaveSingleItem();
        (inStock.Id, inStock.PaidUnitFen, inStock.PickerName, inStock.CanGoBackToStall, inStock.CanClose).ShouldBe((a[0], 1_200L, "拿货员甲", true, true));
        var refused = (await app.SendAsync(new ListReturnStock(shopA, shopA, ReturnStatus.Refused))).Items.ShouldHaveSingleItem();
        (refused.Id, refused.Note, refused.CanGoBackToStall).ShouldBe((a[1], "污渍", false));
        var platformList = await app.SendAsync(new ListReturnStock(Guid.Empty, null, null, PageSize: 100));
        platformList.Items.Select(r => r.Id).ShouldContain(p[0]);
        platformList.Items.Select(r => r.Id).ShouldNotContain(a[0]);
        platformList.Items.Select(r => r.Id).ShouldNotContain(b[0]);

        var first = await app.SendAsync(new ListReturnStock(shopA, shopA, null, PageNumber: 1, PageSize: 1));
        var beyond = await app.SendAsync(new ListReturnStock(shopA, shopA, null, PageNumber: 9, PageSize: 1));
        (first.Total, first.PageCount, beyond.PageNumber).ShouldBe((2, 2, 2));
        beyond.Items.ShouldHaveSingleItem().Id.ShouldNotBe(first.Items.ShouldHaveSingleItem().Id);
    }

    [Fact]
    public async Task Another_warehouse_can_neither_inspect_nor_act_on_a_return()
    {
        var (shopA, shopB) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var waybill = Waybill();
        var ofA = await DropshipTestOrders.ShippedWithReturnAsync(app.Services, shopA, DropshipMode.OwnTeam, waybill, lines: 1);
        (await app.SendAsync(new InspectReturn(shopB, ofA.OrderId, ofA.LineIds[0], waybill, true, null, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new FindReturnParcel(shopB, waybill))).Errors.ShouldHaveSingleItem().Field.ShouldBe("Code");
        var id = (await InspectAsync(ofA, shopA, waybill, true))[0];

        (await app.SendAsync(new ActOnReturn(shopB, shopB, id, ReturnAction.BackToStall, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ActOnReturn(null, Guid.Empty, id, ReturnAction.Close, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ListReturnStock(shopA, shopA, null))).Items.ShouldHaveSingleItem().Status.ShouldBe(ReturnStatus.InStock);
        (await app.SendAsync(new ActOnReturn(shopA, shopA, id, ReturnAction.BackToStall, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListReturnStock(shopA, shopA, ReturnStatus.BackToStall))).Items.ShouldHaveSingleItem().Id.ShouldBe(id);
    }
}

public sealed class ReturnStockSlicesOnSqlite(SqliteApp app) : ReturnStockSlices(app), IClassFixture<SqliteApp>;

public sealed class ReturnStockSlicesOnPostgreSql(PostgreSqlApp app) : ReturnStockSlices(app), IClassFixture<PostgreSqlApp>;
