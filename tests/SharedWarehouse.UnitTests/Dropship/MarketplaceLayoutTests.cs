using System.Text;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;
using SharedWarehouse.Testing;

namespace SharedWarehouse.UnitTests.Dropship;

/// The marketplaces' exports as downloaded (fixtures in tests/Shared/MarketplaceFiles.cs), read into intake orders.
public sealed class MarketplaceLayoutTests
{
    private static readonly IRegionCatalog Regions = RegionCatalog.LoadEmbedded();

    private static ParsedImport Parse(params (string Name, byte[] Content)[] files) => Parse([], files);

    private static ParsedImport Parse(IReadOnlyList<ColumnMapping> mappings, params (string Name, byte[] Content)[] files) =>
        OrderFileParser.Parse(files.Select(f => new SheetFile(f.Name, f.Content)).ToList(), mappings, Regions);

    /// What went wrong, for a failing assertion's message.
    private static string Describe(ParsedImport parsed) =>
        string.Join("; ", parsed.Problems.Select(p => $"{p.File}: {string.Format(p.Message, p.Args)}")
            .Concat(parsed.Issues.Select(i => $"{i.File} {i.Row} {i.Column} {i.Kind}: {string.Format(i.Message, i.Args)}")));

    [Fact]
    public void Taobaos_two_gbk_reports_are_joined_by_order_number_and_orders_not_waiting_to_ship_are_skipped_with_the_reason()
    {
        var ids = MarketplaceFiles.Ids.New();
        var parsed = Parse(("ExportOrderList202611.csv", MarketplaceFiles.TaobaoOrders(ids)), ("ExportOrderDetailList202611.csv", MarketplaceFiles.TaobaoItems(ids)));

        parsed.Problems.ShouldBeEmpty();
        (parsed.Layout!.Key, parsed.Platform).ShouldBe(("taobao-orders", MarketplacePlatform.Taobao));
        parsed.Orders.Select(o => o.Order.ExternalOrderId).ShouldBe([ids.A, ids.B], Describe(parsed));
        var a = parsed.Orders[0].Order;
        (a.Channel, a.ReceiverName, a.ReceiverPhone, a.ReceiverRegionCode, a.ReceiverAddress, a.BuyerMessage)
            .ShouldBe(("测试旗舰店", "张三", "17012345678-1234", "460302", "永兴岛北京路 1 号", "尽快发货，谢谢"));
        a.Lines!.Single().ShouldBe(new Modules.Dropship.Features.Intake.IncomingLine("A123-黑-XL", "女士连衣裙", "黑色", "XL", 1, 0));
        var b = parsed.Orders[1].Order;
        (b.ReceiverPhone, b.ReceiverRegionCode, b.ReceiverAddress).ShouldBe(("+86 166 0898 1234", "653228", "团结路 8 号"));
        // 商家编码 empty: 外部系统编号 is the code; the refunded line of the same order is skipped, not the order.
        b.Lines!.Select(l => (l.SkuCode, l.Colour, l.Size, l.Quantity)).ShouldBe([("B9-黑-L", "黑色", "L", 2)]);
        parsed.Orders[0].RegionName.ShouldBe("海南省 三沙市 西沙区");

        parsed.Issues.Select(i => (i.File, i.Row, i.Column, i.Kind)).ShouldBe(
        [
            ("ExportOrderDetailList202611.csv", 4, "订单状态", IssueKind.Skipped),
            ("ExportOrderList202611.csv", 4, "订单状态", IssueKind.Skipped),
            ("ExportOrderList202611.csv", 5, "订单状态", IssueKind.Skipped),
        ], ignoreOrder: true);
        parsed.Issues.Single(i => i.Row == 5).Args.ShouldBe(["卖家已发货，等待买家确认"]);
    }

    [Fact]
    public void Taobaos_reports_may_come_in_either_order_but_not_one_without_the_other()
    {
        var ids = MarketplaceFiles.Ids.New();
        Parse(("items.csv", MarketplaceFiles.TaobaoItems(ids)), ("orders.csv", MarketplaceFiles.TaobaoOrders(ids))).Orders.Count.ShouldBe(2);
        Parse(("orders.csv", MarketplaceFiles.TaobaoOrders(ids))).Problems.Single().Message.ShouldBe("这是淘宝的订单报表：请把同一次导出的宝贝报表一起上传");
        Parse(("items.csv", MarketplaceFiles.TaobaoItems(ids))).Problems.Single().Message.ShouldBe("这是淘宝的宝贝报表：请把同一次导出的订单报表一起上传");
        Parse(("a.csv", MarketplaceFiles.Douyin(ids)), ("b.csv", MarketplaceFiles.Douyin(ids))).Problems.Single().Message
            .ShouldBe("一次只能导入一个订单文件（淘宝的订单报表和宝贝报表可以一起上传）");
    }

    [Fact]
    public void An_item_whose_order_is_missing_from_the_order_report_is_named_and_the_rest_imports()
    {
        var ids = MarketplaceFiles.Ids.New();
        var other = MarketplaceFiles.Ids.New();
        var parsed = Parse(("orders.csv", MarketplaceFiles.TaobaoOrders(ids)), ("items.csv", MarketplaceFiles.TaobaoItems(other)));
        parsed.Orders.ShouldBeEmpty();
        parsed.Issues.Count(i => i is { Kind: IssueKind.Error, File: "items.csv", Message: "订单报表中没有订单「{0}」" }).ShouldBe(5);
        parsed.Issues.Count(i => i is { Kind: IssueKind.Error, File: "orders.csv", Message: "宝贝报表中没有订单「{0}」的商品" }).ShouldBe(2, Describe(parsed));
    }

    [Fact]
    public void A_pinduoduo_export_groups_repeated_order_numbers_and_reads_names_of_province_city_and_district()
    {
        var ids = MarketplaceFiles.Ids.New();
        var parsed = Parse(("pdd.csv", MarketplaceFiles.Pinduoduo(ids)));

        parsed.Problems.ShouldBeEmpty();
        parsed.Platform.ShouldBe(MarketplacePlatform.Pinduoduo);
        parsed.Orders.Select(o => o.Order.ExternalOrderId).ShouldBe([MarketplaceFiles.PinduoduoId(ids.A), MarketplaceFiles.PinduoduoId(ids.B)], Describe(parsed));
        var a = parsed.Orders[0];
        (a.Order.ReceiverPhone, a.Order.ReceiverRegionCode, a.Order.ReceiverAddress, a.Order.Channel)
            .ShouldBe(("17012345678-1234", "440104", "北京街道北京路 1 号", "拼多多"));
        a.Order.Lines!.Select(l => (l.SkuCode, l.Title, l.Colour, l.Size, l.Quantity)).ShouldBe([("A123-黑-XL", "女士连衣裙", "黑色", "XL", 1), ("B9-黑-L", "男士外套", "黑色", "L", 2)]);
        a.Rows.ShouldBe([2, 3]);
        parsed.Orders[1].Order.ReceiverRegionCode.ShouldBe("653228");
        parsed.Issues.Select(i => (i.Row, i.Column, i.Kind)).ShouldBe([(5, "订单状态", IssueKind.Skipped), (6, "售后状态", IssueKind.Skipped)]);
    }

    [Fact]
    public void A_douyin_export_keeps_19_digit_ids_whole_and_takes_the_main_order_as_the_order()
    {
        var ids = MarketplaceFiles.Ids.New();
        var parsed = Parse(("douyin.csv", MarketplaceFiles.Douyin(ids)));

        parsed.Problems.ShouldBeEmpty();
        parsed.Platform.ShouldBe(MarketplacePlatform.Douyin);
        parsed.Orders.Count.ShouldBe(2, Describe(parsed));
        var a = parsed.Orders[0].Order;
        a.ExternalOrderId.ShouldBe(MarketplaceFiles.DouyinId(ids.A));
        a.ExternalOrderId!.Length.ShouldBe(19);
        (a.ReceiverPhone, a.ReceiverRegionCode, a.ReceiverAddress, a.BuyerMessage, a.Channel).ShouldBe(("+86 166 0898 1234", "460302", "永兴岛北京路 1 号", null, "抖音"));
        a.Lines!.Select(l => (l.SkuCode, l.Colour, l.Size)).ShouldBe([("A123-黑-XL", "黑色", "XL"), ("B9-黑-L", "黑色", "L")]);
        parsed.Orders[1].Order.Lines!.Single().Quantity.ShouldBe(3);
        parsed.Issues.Single().ShouldBe(new ImportIssue(null, 5, "订单状态", IssueKind.Skipped, "订单状态为「{0}」，不是待发货，已跳过", "已关闭"), new IssueComparer());
    }

    [Fact]
    public void A_douyin_export_saved_as_xlsx_reads_the_same()
    {
        var ids = MarketplaceFiles.Ids.New();
        var columns = MarketplaceFiles.DouyinHeader.Select(h => new BuildingBlocks.Tabular.SheetColumn(h)).ToList();
        var rows = MarketplaceFiles.DouyinRows(ids).Select(r => (IReadOnlyList<object?>)r.Select(c => (object?)c.TrimStart('\t')).ToList());
        var xlsx = BuildingBlocks.Tabular.SheetWriter.Xlsx("订单", columns, rows);
        var csv = Parse(("douyin.csv", MarketplaceFiles.Douyin(ids)));
        var parsed = Parse(("douyin.xlsx", xlsx));
        parsed.Problems.ShouldBeEmpty();
        parsed.Orders.Count.ShouldBe(2, Describe(parsed));
        parsed.Orders.Select(o => o.Order).ShouldBe(csv.Orders.Select(o => o.Order), new OrderComparer());
    }

    [Fact]
    public void Our_template_with_a_guarded_id_reads_the_id_without_the_guard()
    {
        var csv = "外部订单号,来源店铺,收件人,手机,地区代码,详细地址,买家留言,商家编码,商品名称,颜色,尺码,数量,申报拿货价(元)\r\n"
            + "\"=\"\"3796500000000000002\"\"\",淘宝,张三,13800138000,440104,北京路 1 号,,A1,连衣裙,红,M,1,45.00\r\n"
            + "TB2,淘宝,李四,13800138001,440104,北京路 2 号,,A1,连衣裙,红,M,x,45.123\r\n";
        var parsed = Parse(("orders.csv", MarketplaceFiles.Gbk.GetBytes(csv)));
        parsed.Layout!.Key.ShouldBe(LayoutDefinition.TemplateKey);
        parsed.Platform.ShouldBeNull();
        var order = parsed.Orders.Single().Order;
        (order.ExternalOrderId, order.Lines!.Single().DeclaredUnitFen).ShouldBe(("3796500000000000002", 4_500L));
        parsed.Issues.Select(i => (i.Row, i.Column, i.Kind)).ShouldBe([(3, "数量", IssueKind.Error), (3, "申报拿货价(元)", IssueKind.Error)]);
    }

    [Fact]
    public void Masked_receivers_unknown_regions_and_missing_codes_are_named_by_row_and_column()
    {
        var csv = "订单号,商品,商家编码-规格维度,商品规格,商品数量(件),收货人,手机,省,市,区,街道,详细地址,订单状态,售后状态\r\n"
            + "P1,连衣裙,A1,\"黑色,XL\",1,张*,138****5678,广东省,广州市,越秀区,,北京路 1 号,待发货,无售后或售后取消\r\n"
            + "P2,连衣裙,A1,\"黑色,XL\",1,李四,13800138000,火星省,奥林匹斯市,山区,,北京路 1 号,待发货,\r\n"
            + "P3,连衣裙,,\"黑色,XL\",1,王五,13800138000,广东省,广州市,越秀区,,北京路 1 号,待发货,\r\n";
        var parsed = Parse(("pdd.csv", Encoding.UTF8.GetBytes(csv)));
        parsed.Orders.ShouldBeEmpty();
        parsed.Issues.Select(i => (i.Row, i.Column, i.Message)).ShouldBe(
        [
            (2, "手机", "收件信息被平台加密或打码，请在平台导出明文收件信息后再导入"),
            (3, "省", "无法识别收件地区「{0}」"),
            (4, "商家编码-规格维度", "商家编码为空：请先在平台给该商品（规格）填写商家编码"),
        ]);
    }

    [Fact]
    public void A_file_no_layout_knows_shows_its_header_and_a_saved_mapping_reads_it_next_time()
    {
        var csv = "单号,客户,电话,地址,货号,品名,规格,件数\r\n"
            + "YZ1,张三,13800138000,浙江省杭州市西湖区文三路 90 号,A1,连衣裙,红色 M,2\r\n";
        var bytes = Encoding.UTF8.GetBytes(csv);
        var unknown = Parse(("youzan.csv", bytes));
        unknown.Problems.Single().Message.ShouldStartWith("无法识别该文件的格式");
        unknown.UnknownHeader.ShouldBe(["单号", "客户", "电话", "地址", "货号", "品名", "规格", "件数"]);

        var mapping = ColumnMapping.Define(Guid.NewGuid(), "有赞导出", unknown.UnknownHeader!, new Dictionary<OrderField, string?>
        {
            [OrderField.ExternalOrderId] = "单号", [OrderField.ReceiverName] = "客户", [OrderField.ReceiverPhone] = "电话", [OrderField.OneCellAddress] = "地址",
            [OrderField.SkuCode] = "货号", [OrderField.Title] = "品名", [OrderField.Spec] = "规格", [OrderField.Quantity] = "件数",
        }, MarketplacePlatform.Taobao, DateTime.UtcNow).Value;
        var parsed = Parse([mapping], ("youzan.csv", bytes));
        parsed.Problems.ShouldBeEmpty();
        (parsed.Layout!.Mapping, parsed.Platform).ShouldBe((mapping, MarketplacePlatform.Taobao));
        var order = parsed.Orders.Single().Order;
        (order.ReceiverRegionCode, order.ReceiverAddress, order.Lines![0].Colour, order.Lines[0].Size, order.Lines[0].Quantity)
            .ShouldBe(("330106", "文三路 90 号", "红色", "M", 2));
    }

    [Fact]
    public void A_mapping_needs_the_core_fields_one_way_to_the_district_and_columns_of_the_file()
    {
        string[] header = ["单号", "客户", "电话", "省份", "城市", "地址", "货号", "品名", "件数"];
        var result = ColumnMapping.Define(Guid.NewGuid(), " ", header, new Dictionary<OrderField, string?>
        {
            [OrderField.ExternalOrderId] = "单号", [OrderField.ReceiverName] = "单号", [OrderField.Province] = "省份", [OrderField.City] = "城市",
            [OrderField.SkuCode] = "没有这列", [OrderField.Title] = "品名", [OrderField.Quantity] = "件数",
        }, null, DateTime.UtcNow);
        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe(
        [
            ("Name", "请填写映射名称（30 字以内）"),
            ("Columns[ReceiverName]", "该列已用于另一项"),
            ("Columns[SkuCode]", "所选列不在文件表头中"),
            ("Columns[ReceiverPhone]", "请选择对应的列"),
            ("Columns[District]", "省、市、区须都选上"),
            ("Columns[AddressDetail]", "请选择对应的列"),
        ], ignoreOrder: true);
    }

    [Theory]
    [InlineData("颜色分类：黑色；尺码：XL", "黑色", "XL")]
    [InlineData("颜色:黑色;尺码:XL", "黑色", "XL")]
    [InlineData("黑色,XL", "黑色", "XL")]
    [InlineData("XL,黑色", "黑色", "XL")]
    [InlineData("藏青色，165/88A", "藏青色", "165/88A")]
    [InlineData("红色 M码", "红色", "M码")]
    [InlineData("红色", "红色", "")]
    [InlineData("均码", "", "均码")]
    [InlineData("尺码：38；颜色分类：白色", "白色", "38")]
    [InlineData("花色:碎花;适用年龄:3岁", "碎花", "")]
    [InlineData("", "", "")]
    public void Colour_and_size_come_out_of_a_spec_cell(string spec, string colour, string size) =>
        SpecText.Split(spec, MarketplaceFormats.Current.Spec).ShouldBe((colour, size));

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { })]
    public void A_file_that_is_no_order_sheet_gives_a_problem_and_never_throws(byte[] content)
    {
        var parsed = Parse(("x.csv", content));
        parsed.Orders.ShouldBeEmpty();
        parsed.Problems.ShouldNotBeEmpty();
    }

    private sealed class OrderComparer : IEqualityComparer<Modules.Dropship.Features.Intake.IncomingOrder>
    {
        public bool Equals(Modules.Dropship.Features.Intake.IncomingOrder? x, Modules.Dropship.Features.Intake.IncomingOrder? y) =>
            x is not null && y is not null && x with { Lines = null } == y with { Lines = null } && x.Lines!.SequenceEqual(y.Lines!);

        public int GetHashCode(Modules.Dropship.Features.Intake.IncomingOrder obj) => obj.ExternalOrderId?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }

    private sealed class IssueComparer : IEqualityComparer<ImportIssue>
    {
        public bool Equals(ImportIssue? x, ImportIssue? y) =>
            x is not null && y is not null && (x.File, x.Row, x.Column, x.Kind, x.Message) == (y.File, y.Row, y.Column, y.Kind, y.Message) && x.Args.SequenceEqual(y.Args);

        public int GetHashCode(ImportIssue obj) => obj.Row;
    }
}
