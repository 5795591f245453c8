using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Order import as merchants download their orders: upload → preview → confirm with antiforgery, saved column
/// mappings, bad files answered with a message, another shop kept out, and the tracking file back to the platform.
[Collection(WebCollection.Name)]
public sealed class DropshipImportTests(SharedWarehouseFactory factory)
{
    private const string Orders = "/merchant/dropship";
    private const string Import = "/merchant/dropship/import";

    private static Upload Csv(string name, byte[] content) => new("files", name, content, "text/csv");

    private static async Task<Page> UploadAsync(Visitor merchant, params Upload[] files) =>
        await merchant.SubmitMultipartAsync(Orders, Import, [], files);

    [Fact]
    public async Task Taobaos_two_reports_are_previewed_then_imported_on_confirmation()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        var ids = MarketplaceFiles.Ids.New();
        var uploaded = await UploadAsync(owner, Csv("ExportOrderList.csv", MarketplaceFiles.TaobaoOrders(ids)), Csv("ExportOrderDetailList.csv", MarketplaceFiles.TaobaoItems(ids)));
        uploaded.IsRedirect.ShouldBeTrue(uploaded.ToString());
        uploaded.Location.ShouldStartWith(Import + "/");
        var preview = await owner.FollowAsync(uploaded);
        preview.Status.ShouldBe(HttpStatusCode.OK);
        preview.TestId("layout").ShouldBe("淘宝/天猫 订单报表 + 宝贝报表");
        preview.TestId("order-count").ShouldBe("2");
        preview.Document.QuerySelectorAll("[data-testid='issues'] tr[data-kind='Skipped']").Length.ShouldBe(3);
        var row = preview.Document.QuerySelector($"[data-testid='preview-orders'] tr[data-order='{ids.A}']").ShouldNotBeNull();
        row.QuerySelector("[data-testid='region']")!.GetAttribute("data-code").ShouldBe("460302");
        row.QuerySelector("[data-testid='phone']")!.TextContent.ShouldBe("17012345678-1234");
        (await CountAsync(shop)).ShouldBe(0);

        var confirmed = await owner.PostAsync(uploaded.Location!, [], preview.Token(uploaded.Location!));
        confirmed.Status.ShouldBe(HttpStatusCode.OK, confirmed.ToString());
        confirmed.TestId("import-report").ShouldNotBeNull().ShouldContain("新建 2 个订单，忽略重复 0 个，未导入 0 个。");
        confirmed.TestId("skipped").ShouldNotBeNull().ShouldContain("跳过 3 行");
        var saved = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.ShopId == shop).OrderBy(o => o.ExternalOrderId).ToListAsync());
        saved.Select(o => (o.ExternalOrderId, o.SourcePlatform, o.Lines.Count)).ShouldBe([(ids.A, MarketplacePlatform.Taobao, 1), (ids.B, MarketplacePlatform.Taobao, 1)]);
        (saved[0].ReceiverRegionCode, saved[1].ReceiverRegionCode).ShouldBe(("460302", "653228"));

        // The same upload cannot be imported twice; its preview says so.
        var again = await owner.PostAsync(uploaded.Location!, [], preview.Token(uploaded.Location!));
        again.SummaryErrors.ShouldContain("该文件已导入或已过期，请重新上传");
        (await owner.GetAsync(uploaded.Location!)).TestId("upload-state").ShouldNotBeNull().ShouldContain("该文件已导入");
        (await CountAsync(shop)).ShouldBe(2);
    }

    [Fact]
    public async Task Another_shop_can_neither_see_nor_confirm_a_preview_and_a_confirmation_needs_the_token()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        var (stranger, _) = await DropshipWeb.MerchantAsync(factory);
        var uploaded = await UploadAsync(owner, Csv("douyin.csv", MarketplaceFiles.Douyin(MarketplaceFiles.Ids.New())));
        var url = uploaded.Location!;

        (await stranger.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        var strangersPage = await stranger.GetAsync(Orders);
        (await stranger.PostAsync(url, [], strangersPage.Token(Import))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/merchant/dropship/mappings/new?upload={url[(Import.Length + 1)..]}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await owner.PostAsync(url, [], null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(shop)).ShouldBe(0);

        var preview = await owner.GetAsync(url);
        preview.TestId("layout").ShouldBe("抖店 订单导出");
        (await owner.PostAsync(url, [], preview.Token(url))).TestId("import-report").ShouldNotBeNull().ShouldContain("新建 2 个订单");
        (await CountAsync(shop)).ShouldBe(2);
    }

    [Fact]
    public async Task Files_that_are_not_order_sheets_get_a_message_next_to_the_field_never_an_error_page()
    {
        var (owner, _) = await DropshipWeb.MerchantAsync(factory);
        var xls = await UploadAsync(owner, new Upload("files", "订单.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "application/vnd.ms-excel"));
        xls.Status.ShouldBe(HttpStatusCode.OK);
        xls.FieldError("files").ShouldNotBeNull().ShouldStartWith("文件「订单.xls」无法读取");
        var none = await UploadAsync(owner);
        none.FieldError("files").ShouldBe("请选择要导入的订单文件");
        var empty = await UploadAsync(owner, Csv("empty.csv", []));
        empty.FieldError("files").ShouldNotBeNull();
        var three = await UploadAsync(owner, Csv("a.csv", Encoding.UTF8.GetBytes("a\r\n1\r\n")), Csv("b.csv", Encoding.UTF8.GetBytes("a\r\n1\r\n")),
            Csv("c.csv", Encoding.UTF8.GetBytes("a\r\n1\r\n")));
        three.FieldError("files").ShouldBe("最多同时上传两个文件（淘宝的订单报表和宝贝报表）");
        var big = await UploadAsync(owner, Csv("big.csv", new byte[5 * 1024 * 1024 + 1]));
        big.FieldError("files").ShouldBe("文件「big.csv」超过 5 MB");

        var picture = await UploadAsync(owner, new Upload("files", "photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
        var shown = picture.IsRedirect ? await owner.FollowAsync(picture) : picture;
        shown.Status.ShouldBe(HttpStatusCode.OK);
        (shown.FieldError("files") ?? shown.TestId("file-problems")).ShouldNotBeNull();

        var ids = MarketplaceFiles.Ids.New();
        var half = await owner.FollowAsync(await UploadAsync(owner, Csv("ExportOrderList.csv", MarketplaceFiles.TaobaoOrders(ids))));
        half.TestId("file-problems").ShouldNotBeNull().ShouldContain("请把同一次导出的宝贝报表一起上传");
        half.TestId("confirm").ShouldBeNull();
    }

    [Fact]
    public async Task A_layout_the_app_does_not_know_is_mapped_once_and_then_imported_through_the_preview()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        var csv = "单号,客户,电话,地址,货号,品名,规格,件数\r\nYZ" + Guid.NewGuid().ToString("N")[..8] + ",张三,13800138000,浙江省杭州市西湖区文三路 90 号,A1,连衣裙,红色 M,2\r\n";
        var uploaded = await UploadAsync(owner, Csv("youzan.csv", Encoding.UTF8.GetBytes(csv)));
        var preview = await owner.FollowAsync(uploaded);
        preview.TestId("unknown-header").ShouldNotBeNull().ShouldContain("单号, 客户, 电话");
        var mapUrl = preview.Document.QuerySelector("[data-testid='map-columns']")!.GetAttribute("href")!;

        var form = await owner.GetAsync(mapUrl);
        form.Status.ShouldBe(HttpStatusCode.OK);
        var bad = await owner.PostAsync(mapUrl, [F("Name", "有赞导出"), F("Columns[ExternalOrderId]", "单号"), F("Columns[ReceiverName]", "单号")], form.Token(mapUrl));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Columns[ReceiverName]").ShouldBe("该列已用于另一项");
        bad.FieldError("Columns[SkuCode]").ShouldBe("请选择对应的列");
        bad.FieldError("Columns[OneCellAddress]").ShouldBe("请选择收件地区：一格地址、省/市/区或地区代码之一");
        bad.InputValue("Name").ShouldBe("有赞导出");
        bad.Document.QuerySelector("select[name='Columns[ExternalOrderId]'] option[selected]")!.GetAttribute("value").ShouldBe("单号");

        var saved = await owner.PostAsync(mapUrl,
        [
            F("Name", "有赞导出"), F("Platform", "Douyin"), F("Columns[ExternalOrderId]", "单号"), F("Columns[ReceiverName]", "客户"), F("Columns[ReceiverPhone]", "电话"),
            F("Columns[OneCellAddress]", "地址"), F("Columns[SkuCode]", "货号"), F("Columns[Title]", "品名"), F("Columns[Spec]", "规格"), F("Columns[Quantity]", "件数"),
        ], form.Token(mapUrl));
        saved.Location.ShouldBe(uploaded.Location);
        var recognised = await owner.FollowAsync(saved);
        recognised.TestId("layout").ShouldBe("有赞导出");
        (await owner.PostAsync(uploaded.Location!, [], recognised.Token(uploaded.Location!))).TestId("import-report").ShouldNotBeNull().ShouldContain("新建 1 个订单");
        var order = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.ShopId == shop));
        (order.SourcePlatform, order.ReceiverRegionCode, order.Lines[0].Colour, order.Lines[0].Size).ShouldBe((MarketplacePlatform.Douyin, "330106", "红色", "M"));

        var list = await owner.GetAsync("/merchant/dropship/mappings");
        list.Document.QuerySelectorAll("[data-testid='mappings'] tr[data-mapping]").Length.ShouldBe(1);
        var (stranger, _) = await DropshipWeb.MerchantAsync(factory);
        var id = list.Document.QuerySelector("[data-testid='mappings'] tr[data-mapping]")!.GetAttribute("data-mapping");
        var strangersPage = await stranger.GetAsync("/merchant/dropship/mappings");
        (await stranger.PostAsync($"/merchant/dropship/mappings/{id}/delete", [], strangersPage.Token("/merchant/dropship/mappings/upload"))).Status
            .ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_tracking_file_goes_back_in_the_platforms_format_with_ids_as_text()
    {
        var (owner, shop) = await DropshipWeb.MerchantAsync(factory);
        var ids = MarketplaceFiles.Ids.New();
        var uploaded = await UploadAsync(owner, Csv("douyin.csv", MarketplaceFiles.Douyin(ids)));
        var preview = await owner.FollowAsync(uploaded);
        await owner.PostAsync(uploaded.Location!, [], preview.Token(uploaded.Location!));
        var orderId = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.Where(o => o.ShopId == shop && o.ExternalOrderId == MarketplaceFiles.DouyinId(ids.A))
            .Select(o => o.Id).SingleAsync());
        await DropshipTestOrders.ShipAsync(factory.Services, orderId, "圆通速递", "YT7528190012345");

        var page = await owner.GetAsync(Orders);
        page.Document.QuerySelector("#platform option[selected]")!.GetAttribute("value").ShouldBe("Douyin");
        var xlsx = await owner.Http.GetAsync("/merchant/dropship/export");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var table = SheetReader.Read(await xlsx.Content.ReadAsByteArrayAsync(), new SheetSpec(["订单编号", "物流公司", "物流单号"], ["订单编号"])).Table.ShouldNotBeNull();
        table.Header.ShouldBe(["订单编号", "物流公司", "物流单号"]);
        table.Rows.Select(r => (table.Cell(r, "订单编号"), table.Cell(r, "物流公司"), table.Cell(r, "物流单号")))
            .ShouldBe([(MarketplaceFiles.DouyinId(ids.A), "圆通速递", "YT7528190012345")]);

        var pdd = await owner.Http.GetAsync("/merchant/dropship/export?platform=Pinduoduo&format=csv");
        var csv = Encoding.UTF8.GetString(await pdd.Content.ReadAsByteArrayAsync());
        csv.ShouldStartWith("\uFEFF订单号,快递公司,快递单号");
        csv.ShouldNotContain(MarketplaceFiles.DouyinId(ids.A));
        var all = await owner.Http.GetAsync("/merchant/dropship/export?platform=All&format=csv");
        var text = Encoding.UTF8.GetString(await all.Content.ReadAsByteArrayAsync());
        // Guarded so Excel keeps all 19 digits: never the bare number at the start of its line.
        text.Split("\r\n").Single(l => l.Contains(MarketplaceFiles.DouyinId(ids.A))).ShouldNotStartWith(MarketplaceFiles.DouyinId(ids.A));
    }

    private Task<int> CountAsync(Guid shop) => DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.CountAsync(o => o.ShopId == shop));
}
