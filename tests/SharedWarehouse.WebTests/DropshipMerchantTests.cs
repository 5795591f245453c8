using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The merchant's dropship pages and the order downloader's API, without a browser.
[Collection(WebCollection.Name)]
public sealed class DropshipMerchantTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task Another_merchant_can_neither_read_nor_resolve_nor_close_an_order_by_its_id()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        var (stranger, _) = await DropshipWeb.MerchantAsync(factory);
        var order = await PriceRefusedAsync(shop);
        var url = $"/merchant/dropship/orders/{order.OrderId}";
        (await owner.GetAsync(url)).Status.ShouldBe(HttpStatusCode.OK);

        (await stranger.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        var own = await stranger.GetAsync("/merchant/dropship");
        own.Html.ShouldNotContain(order.Number);
        var token = own.Token("/merchant/dropship/import");
        (await stranger.PostAsync($"{url}/lines/{order.LineIds[0]}/resolve", [F("Resolution", "CorrectPrice"), F("DeclaredPrice", "60.00")], token))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"{url}/close", [F("Reason", "不要了")], token)).Status.ShouldBe(HttpStatusCode.NotFound);

        var saved = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == order.OrderId));
        (saved.Status, saved.Lines[0].Status, saved.Lines[0].DeclaredUnitFen).ShouldBe((DropshipOrderStatus.InProgress, LineStatus.PriceAboveDeclared, 1_500L));
    }

    [Fact]
    public async Task Bad_answers_are_shown_next_to_their_field_with_what_was_typed_and_change_nothing()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        var order = await PriceRefusedAsync(shop);
        var url = $"/merchant/dropship/orders/{order.OrderId}";
        var line = order.LineIds[0];

        var badPrice = await owner.SubmitAsync(url, $"{url}/lines/{line}/resolve", [F("Resolution", "CorrectPrice"), F("DeclaredPrice", "12.345")]);
        badPrice.Status.ShouldBe(HttpStatusCode.OK);
        badPrice.FieldError($"Line{line:N}.DeclaredPrice").ShouldBe("请填写正确的拿货价（元）");
        badPrice.InputValue("DeclaredPrice").ShouldBe("12.345");
        var belowQuote = await owner.SubmitAsync(url, $"{url}/lines/{line}/resolve", [F("Resolution", "CorrectPrice"), F("DeclaredPrice", "18.00")]);
        belowQuote.FieldError($"Line{line:N}.DeclaredPrice").ShouldBe("申报价不能低于档口实际价 20.00 元");
        var noReason = await owner.SubmitAsync(url, $"{url}/close", [F("Reason", "  ")]);
        noReason.FieldError("Reason").ShouldBe("请填写关闭原因（100 字以内）");

        var saved = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == order.OrderId));
        (saved.Status, saved.Lines[0].DeclaredUnitFen, saved.Lines[0].Status).ShouldBe((DropshipOrderStatus.InProgress, 1_500L, LineStatus.PriceAboveDeclared));

        var settings = await owner.SubmitAsync("/merchant/dropship/settings", "/merchant/dropship/settings",
            [F("Mode", "OwnTeam"), F("CallbackUrl", "ftp://x"), F("SenderName", "李老板"), F("SenderPhone", "12345"), F("SenderRegionCode", "440104"), F("SenderAddress", "白马 5 楼")]);
        settings.FieldError("CallbackUrl").ShouldBe("回传地址须是 http(s) 开头的完整网址");
        settings.FieldError("SenderPhone").ShouldBe("请填写正确的手机号");
        settings.InputValue("SenderPhone").ShouldBe("12345");
        settings.InputValue("SenderName").ShouldBe("李老板");
    }

    [Fact]
    public async Task A_csv_import_reports_each_row_and_the_api_takes_orders_with_the_shops_key_only()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        var external = "TB" + Guid.NewGuid().ToString("N")[..10];
        var csv = "外部订单号,来源店铺,收件人,手机,地区代码,详细地址,买家留言,商家编码,商品名称,颜色,尺码,数量,申报拿货价(元)\n"
            + $"{external},淘宝,张三,13800138000,440104,北京路 1 号,,A1,连衣裙,红,M,1,45.00\n"
            + $"{external},淘宝,张三,13800138000,440104,北京路 1 号,,A2,半身裙,黑,S,2,30\n"
            + "BAD-1,淘宝,李四,13800138001,440104,北京路 2 号,,A1,连衣裙,红,M,x,45.00\n"
            + "BAD-2,淘宝,王五,123,440104,北京路 3 号,,A1,连衣裙,红,M,1,45.00\n";
        var imported = await ImportAsync(owner, csv);
        imported.Status.ShouldBe(HttpStatusCode.OK, imported.ToString());
        var report = imported.TestId("import-report").ShouldNotBeNull();
        report.ShouldContain("新建 1 个订单，忽略重复 0 个，未导入 2 个。");
        report.ShouldContain("第 5 行");
        report.ShouldContain("收件人电话不正确");
        imported.Document.QuerySelector("[data-testid='issues'] tr[data-row='4'][data-kind='Error']").ShouldNotBeNull();
        var again = await ImportAsync(owner, csv);
        again.TestId("import-report").ShouldNotBeNull().ShouldContain("忽略重复 1 个");
        (await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.CountAsync(o => o.ShopId == shop))).ShouldBe(1);
        var empty = await owner.SubmitMultipartAsync("/merchant/dropship", "/merchant/dropship/import", [], []);
        empty.FieldError("files").ShouldBe("请选择要导入的订单文件");

        var keyPage = await owner.SubmitAsync("/merchant/dropship/settings", "/merchant/dropship/settings/api-key", []);
        var key = keyPage.TestId("new-key").ShouldNotBeNull();
        var body = new
        {
            orders = new[]
            {
                new
                {
                    externalOrderId = "API-" + Guid.NewGuid().ToString("N")[..8], channel = "抖音", receiverName = "赵六", receiverPhone = "13800138002",
                    receiverRegionCode = "440104", receiverAddress = "中山路 8 号", buyerMessage = (string?)null,
                    lines = new[] { new { skuCode = "A1", title = "连衣裙", colour = "红", size = "M", quantity = 1, declaredUnitFen = 4500L } },
                },
            },
        };
        using var api = factory.CreateClient();
        (await api.PostAsJsonAsync("/api/dropship/orders", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        var created = await api.PostAsJsonAsync("/api/dropship/orders", body);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadAsStringAsync()).ShouldContain("\"created\":1");
        var duplicate = await api.PostAsJsonAsync("/api/dropship/orders", body);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("\"duplicates\":1");
        (await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.CountAsync(o => o.ShopId == shop))).ShouldBe(2);
    }

    [Fact]
    public async Task The_ship_tab_lists_orders_with_every_item_in_hand_and_ships_one_from_the_list()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        await DropshipTestOrders.OwnTeamAccountAsync(factory.Services, shop);
        var order = await DropshipTestOrders.PickedAsync(factory.Services, shop, DropshipMode.OwnTeam, lines: 1);
        const string desk = "/merchant/dropship/warehouse";
        var before = await owner.GetAsync($"{desk}/out");
        before.Document.QuerySelector($"[data-testid='ready-to-ship'] tr[data-order='{order.Number}']").ShouldBeNull();

        (await owner.SubmitAsync(desk, desk, [F("Code", order.Labels[0])])).TestId("ready").ShouldNotBeNull();
        var listed = await owner.GetAsync($"{desk}/out");
        var row = listed.Document.QuerySelector($"[data-testid='ready-to-ship'] tr[data-order='{order.Number}']").ShouldNotBeNull();
        row.TextContent.ShouldContain("号格");
        var shipped = await owner.PostAsync($"{desk}/out", [F("Code", order.Number), F("Station", "")], listed.Token($"{desk}/out"));
        shipped.TestId("tracking").ShouldNotBeNull();
        shipped.Document.QuerySelector($"[data-testid='ready-to-ship'] tr[data-order='{order.Number}']").ShouldBeNull();
    }

    /// Upload, preview, confirm: the report page.
    private static async Task<Page> ImportAsync(Visitor owner, string csv)
    {
        var uploaded = await owner.SubmitMultipartAsync("/merchant/dropship", "/merchant/dropship/import", [],
            [new Upload("files", "orders.csv", Encoding.UTF8.GetBytes(csv), "text/csv")]);
        var preview = await owner.FollowAsync(uploaded);
        return await owner.PostAsync(uploaded.Location!, [], preview.Token(uploaded.Location!));
    }

    /// An order of the shop whose one line a stall quoted at 20.00 against 15.00 declared (platform dropship).
    private async Task<PickedOrder> PriceRefusedAsync(Guid shopId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropshipDbContext>();
        var now = DateTime.UtcNow;
        var line = DropshipLine.Of("SKU-P", "测试外套", "黑色", "L", 1, 1_500).Value;
        var order = DropshipOrder.Receive(shopId, DropshipMode.Platform, "DP" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999),
            "EXT" + Guid.NewGuid().ToString("N")[..10], "淘宝", new Receiver("李四", "13912345678", "330106", "文三路 2 号"), null, [line], now).Value;
        order.HoldRecorded(order.ComputeHold(new DropshipFees(500, 800)));
        order.MarkFiltered();
        var task = PickupTask.Issue(order, line, DropshipTestOrders.Stall, DateOnly.FromDateTime(now), false, now);
        line.TaskIssued(task);
        task.RefusePrice(Guid.CreateVersion7(), "拿货员甲", 2_000, now).IsSuccess.ShouldBeTrue();
        line.PriceRefused(2_000);
        order.Refresh();
        db.Orders.Add(order);
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return new PickedOrder(order.Id, order.Number, [task.LabelId], [line.Id]);
    }
}
