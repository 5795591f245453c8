using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The dropship warehouse desk (platform: /admin/dropship/warehouse, a merchant's own: /merchant/dropship/warehouse):
/// each warehouse finds only its own orders' codes, bad scans are shown next to the box, posts need the token.
[Collection(WebCollection.Name)]
public sealed class DropshipWarehouseDeskTests(SharedWarehouseFactory factory)
{
    private const string Admin = "/admin/dropship/warehouse";
    private const string Merchant = "/merchant/dropship/warehouse";

    [Fact]
    public async Task Labels_and_waybills_of_another_warehouse_are_not_found_and_change_nothing()
    {
        var (a, shopA) = await DropshipWeb.MerchantAsync(factory);
        var (_, shopB) = await DropshipWeb.MerchantAsync(factory);
        await DropshipTestOrders.OwnTeamAccountAsync(factory.Services, shopA);
        var ofB = await DropshipTestOrders.PickedAsync(factory.Services, shopB, DropshipMode.OwnTeam);
        var platform = await DropshipTestOrders.PickedAsync(factory.Services, shopA, DropshipMode.Platform);
        var ownOfA = await DropshipTestOrders.PickedAsync(factory.Services, shopA, DropshipMode.OwnTeam);

        foreach (var label in new[] { ofB.Labels[0], platform.Labels[0] })
        {
            var scanned = await a.SubmitAsync(Merchant, Merchant, [F("Code", label)]);
            scanned.Status.ShouldBe(HttpStatusCode.OK, scanned.ToString());
            scanned.FieldError("Code").ShouldBe($"找不到该标签（{label}）对应的代发订单");
            scanned.InputValue("Code").ShouldBe(label);
            scanned.TestId("scan-result").ShouldBeNull();
            var shipped = await a.SubmitAsync($"{Merchant}/out", $"{Merchant}/out", [F("Code", label), F("Station", "")]);
            shipped.FieldError("Code").ShouldBe($"找不到 {label} 对应的代发订单");
        }
        // The platform's desk does not find a merchant's own-team label either.
        var admin = await factory.AdminAsync();
        (await admin.SubmitAsync(Admin, Admin, [F("Code", ownOfA.Labels[0])])).FieldError("Code").ShouldStartWith("找不到该标签");

        foreach (var order in new[] { ofB, platform, ownOfA })
        {
            var (slot, statuses) = await DropshipWeb.StateAsync(factory, order.OrderId);
            slot.ShouldBeNull();
            statuses.ShouldAllBe(s => s == LineStatus.Picked);
        }
    }

    [Fact]
    public async Task Returns_and_returned_stock_of_another_warehouse_are_neither_found_nor_changed()
    {
        var (a, _) = await DropshipWeb.MerchantAsync(factory);
        var (b, shopB) = await DropshipWeb.MerchantAsync(factory);
        var waybill = "RW" + Random.Shared.NextInt64(100_000_000, 999_999_999);
        var ofB = await DropshipTestOrders.ShippedWithReturnAsync(factory.Services, shopB, DropshipMode.OwnTeam, waybill);

        (await a.SubmitAsync($"{Merchant}/returns", $"{Merchant}/returns", [F("Code", waybill)])).FieldError("Code")
            .ShouldBe($"找不到 {waybill} 对应的已发货代发订单");
        var page = await a.GetAsync($"{Merchant}/returns");
        var forged = await a.PostAsync($"{Merchant}/returns/inspect", [F("OrderId", ofB.OrderId.ToString()), F("LineId", ofB.LineIds[0].ToString()),
            F("Code", waybill), F("Waybill", waybill), F("Accept", "true"), F("Note", "")], page.Token($"{Merchant}/returns"));
        forged.Status.ShouldBe(HttpStatusCode.NotFound);
        (await DropshipTestOrders.QueryAsync(factory.Services, db => db.Returns.CountAsync(r => r.OrderId == ofB.OrderId))).ShouldBe(0);

        // B accepts its own return; A cannot send it back to the stall or close it by its id.
        var found = await b.SubmitAsync($"{Merchant}/returns", $"{Merchant}/returns", [F("Code", waybill)]);
        var accepted = await b.PostAsync($"{Merchant}/returns/inspect", [F("OrderId", ofB.OrderId.ToString()), F("LineId", ofB.LineIds[0].ToString()),
            F("Code", waybill), F("Waybill", waybill), F("Accept", "true"), F("Note", "")], found.Token($"{Merchant}/returns/inspect"));
        accepted.Status.ShouldBe(HttpStatusCode.OK, accepted.ToString());
        var id = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Returns.Where(r => r.OrderId == ofB.OrderId).Select(r => r.Id).SingleAsync());
        var stockOfA = await a.GetAsync($"{Merchant}/returned-stock");
        stockOfA.Document.QuerySelector($"tr[data-return='{id}']").ShouldBeNull();
        foreach (var act in new[] { "back-to-stall", "close" })
            (await a.PostAsync($"{Merchant}/returned-stock/{id}/{act}", [], stockOfA.Token("/account/logout")))
                .Status.ShouldBe(HttpStatusCode.NotFound);
        (await DropshipTestOrders.QueryAsync(factory.Services, db => db.Returns.SingleAsync(r => r.Id == id))).Status.ShouldBe(ReturnStatus.InStock);
    }

    [Fact]
    public async Task Empty_or_garbage_codes_show_the_message_next_to_the_box_and_keep_what_was_typed()
    {
        var admin = await factory.AdminAsync();
        (await admin.SubmitAsync(Admin, Admin, [F("Code", "")])).FieldError("Code").ShouldBe("请扫描标签条码");
        var garbage = await admin.SubmitAsync(Admin, Admin, [F("Code", "  ds#@!x ")]);
        garbage.Status.ShouldBe(HttpStatusCode.OK);
        garbage.FieldError("Code").ShouldBe("找不到该标签（DS#@!X）对应的代发订单");
        garbage.InputValue("Code").ShouldBe("  ds#@!x ");
        (await admin.SubmitAsync($"{Admin}/out", $"{Admin}/out", [F("Code", " ")])).FieldError("Code").ShouldBe("请扫描标签或订单号");
        (await admin.SubmitAsync($"{Admin}/returns", $"{Admin}/returns", [F("Code", "")])).FieldError("Code").ShouldBe("请扫描退货快递单号");
        (await admin.SubmitAsync($"{Admin}/returns", $"{Admin}/returns", [F("Code", new string('9', 41))])).FieldError("Code").ShouldBe("请扫描退货快递单号");
    }

    [Fact]
    public async Task Scans_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var admin = await factory.AdminAsync();
        var (_, shop) = await DropshipWeb.MerchantAsync(factory);
        var order = await DropshipTestOrders.PickedAsync(factory.Services, shop, DropshipMode.Platform);
        (await admin.GetAsync(Admin)).Status.ShouldBe(HttpStatusCode.OK);
        foreach (var url in new[] { Admin, $"{Admin}/out", $"{Admin}/returns" })
            (await admin.PostAsync(url, [F("Code", order.Labels[0])], token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsync($"{Admin}/returned-stock/{Guid.NewGuid()}/close", [], token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        var (slot, statuses) = await DropshipWeb.StateAsync(factory, order.OrderId);
        slot.ShouldBeNull();
        statuses.ShouldAllBe(s => s == LineStatus.Picked);
    }

    [Fact]
    public async Task The_platform_desk_needs_Admin_or_Operations_and_the_merchant_desk_a_merchant()
    {
        var anonymous = factory.NewVisitor();
        foreach (var url in new[] { Admin, Merchant })
        {
            var page = await anonymous.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.Redirect);
            page.Location.ShouldStartWith("/account/login");
        }
        var buyer = await factory.BuyerAsync();
        var (merchant, _) = await DropshipWeb.MerchantAsync(factory);
        foreach (var (visitor, url) in new[] { (buyer, Admin), (buyer, $"{Admin}/returned-stock"), (merchant, Admin), (buyer, Merchant) })
        {
            var page = await visitor.GetAsync(url);
            if (page.Status == HttpStatusCode.Forbidden) continue;
            page.Status.ShouldBe(HttpStatusCode.Redirect, page.ToString());
            page.Location.ShouldStartWith("/account/denied");
        }
        (await (await factory.AdminAsync()).GetAsync($"{Admin}/returned-stock")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_back_office_user_without_a_shop_of_their_own_gets_not_found()
    {
        var staff = await factory.BuyerAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.AddToRoleAsync((await users.FindByNameAsync(staff.Phone!))!, Roles.MerchantStaff)).Succeeded.ShouldBeTrue();
        }
        var home = await staff.GetAsync("/");
        var token = home.Token("/account/logout"); // one antiforgery token per user serves every form
        (await staff.PostAsync("/account/refresh", [F("returnUrl", "/")], token)).Status.ShouldBe(HttpStatusCode.Redirect);

        (await staff.GetAsync(Merchant)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"{Merchant}/returned-stock")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await staff.PostAsync(Merchant, [F("Code", "DS0000000000")], token)).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}

internal static class DropshipWeb
{
    /// A signed-in shop owner (application approved, sign-in refreshed for the role) and the shop's id.
    public static Task<(Visitor Merchant, Guid ShopId)> MerchantAsync(SharedWarehouseFactory factory) =>
        factory.ShopOwnerAsync("代发仓测试店", "/merchant/dropship/warehouse");

    public static Task<(int? Slot, List<LineStatus> Statuses)> StateAsync(SharedWarehouseFactory factory, Guid orderId) =>
        DropshipTestOrders.QueryAsync(factory.Services, async db =>
        {
            var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
            return (order.Slot, order.Lines.Select(l => l.Status).ToList());
        });
}
