using System.Text;

namespace SharedWarehouse.Testing;

/// Order files made the way the marketplaces make them (see Features/Marketplaces/README.md for the formats): Taobao's
/// two GBK CSV reports with `="…"`-guarded ids and `'`-guarded phones, Pinduoduo's GBK CSV with tab-guarded numbers,
/// 抖店's UTF-8-with-BOM CSV with 19-digit ids guarded by a tab inside quotes. Each file mixes orders to ship with
/// rows to skip (closed, shipped, refunding), repeats order ids on item rows, and sends receivers to districts made
/// in 2020 (西沙区 460302) and 2024 (和康县 653228) with privacy numbers as the platforms give them.
public static class MarketplaceFiles
{
    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }

    /// The ids of one set of files: unique per call, so each test's orders are its own.
    public sealed record Ids(string A, string B, string Closed, string Shipped)
    {
        public static Ids New(string prefix = "37965")
        {
            var n = Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999);
            return new Ids($"{prefix}{n}1", $"{prefix}{n}2", $"{prefix}{n}3", $"{prefix}{n}4");
        }
    }

    private static string Csv(IEnumerable<string[]> rows) =>
        string.Concat(rows.Select(r => string.Join(",", r.Select(Quote)) + "\r\n"));

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n', '\t']) >= 0 || cell.StartsWith('=') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    /// Taobao's `="…"` guard as its CSV writes it: the quotes inside doubled by the CSV quoting.
    private static string Guarded(string id) => $"=\"{id}\"";

    public static readonly string[] TaobaoOrderHeader =
    [
        "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分", "总金额", "返点积分", "买家实际支付金额", "买家实际支付积分",
        "订单状态", "买家留言", "收货人姓名", "收货地址", "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类",
        "物流单号", "物流公司", "订单备注", "宝贝总数量", "店铺Id", "店铺名称", "订单关闭原因", "卖家服务费", "买家服务费", "发票抬头", "是否手机订单",
        "分阶段订单信息", "特权订金订单id", "是否上传合同照片", "是否上传小票", "是否代付", "定金排名", "修改后的sku", "修改后的收货地址", "异常信息",
    ];

    private static string[] TaobaoOrder(string id, string status, string receiver, string address, string mobile, string message, string title, int count) =>
    [
        Guarded(id), "tb_buyer" + id[^4..], "", "89.00", "0.00", "0", "89.00", "0", "89.00", "0", status, message, receiver, address, "快递", "",
        mobile, "2026-11-20 10:01:02", "2026-11-20 10:01:30", title, "1", "", "", "", count.ToString(), "123456789", "测试旗舰店", "", "0", "0", "", "手机订单",
        "", "", "否", "否", "否", "", "", "", "",
    ];

    /// 订单报表 (GBK): A and B to ship, one closed, one already shipped.
    public static byte[] TaobaoOrders(Ids ids) => Gbk.GetBytes(Csv(
    [
        TaobaoOrderHeader,
        TaobaoOrder(ids.A, "买家已付款，等待卖家发货", "张三", "海南省 三沙市 西沙区 永兴岛北京路 1 号(573199)", "'17012345678-1234", "尽快发货，谢谢", "女士连衣裙", 1),
        TaobaoOrder(ids.B, "买家已付款，等待卖家发货", "古丽", "新疆维吾尔自治区 和田地区 和康县 团结路 8 号(848000)", "+86 166 0898 1234", "", "男士外套 女士连衣裙", 2),
        TaobaoOrder(ids.Closed, "交易关闭", "王五", "浙江省 杭州市 西湖区 文三路 90 号(310012)", "'13900139000", "", "女士连衣裙", 1),
        TaobaoOrder(ids.Shipped, "卖家已发货，等待买家确认", "赵六", "广东省 广州市 越秀区 北京路 2 号(510030)", "'13700137000", "", "女士连衣裙", 1),
    ]));

    public static readonly string[] TaobaoItemHeader = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"];

    /// 宝贝报表 (GBK): A one item; B two items, one refunded (its line closed); the closed and shipped orders' items.
    public static byte[] TaobaoItems(Ids ids, string dressCode = "A123-黑-XL", string coatCode = "B9-黑-L") => Gbk.GetBytes(Csv(
    [
        TaobaoItemHeader,
        [Guarded(ids.A), "女士连衣裙", "89.00", "1", "", "颜色分类：黑色；尺码：XL", "", "", "买家已付款，等待卖家发货", dressCode],
        [Guarded(ids.B), "男士外套", "159.00", "2", coatCode, "颜色分类：黑色；尺码：L", "", "", "买家已付款，等待卖家发货", ""],
        [Guarded(ids.B), "女士连衣裙", "89.00", "1", "", "颜色分类：红色；尺码：M", "", "", "交易关闭", "A123-红-M"],
        [Guarded(ids.Closed), "女士连衣裙", "89.00", "1", "", "颜色分类：黑色；尺码：XL", "", "", "交易关闭", dressCode],
        [Guarded(ids.Shipped), "女士连衣裙", "89.00", "1", "", "颜色分类：黑色；尺码：XL", "", "", "卖家已发货，等待买家确认", dressCode],
    ]));

    public static readonly string[] PinduoduoHeader =
    [
        "商品", "订单号", "订单状态", "商品总价(元)", "店铺优惠折扣(元)", "平台优惠折扣(元)", "多多支付立减金额(元)", "邮费(元)", "用户实付金额(元)",
        "商家实收金额(元)", "商品数量(件)", "身份证姓名", "身份证号码", "收货人", "手机", "是否审核中", "省", "市", "区", "街道", "详细地址", "支付时间",
        "拼单成功时间", "订单确认时间", "承诺发货时间", "发货时间", "确认收货时间", "商品id", "商品规格", "样式ID", "商家编码-规格维度", "商家编码-商品维度",
        "商家备注", "售后状态", "快递单号", "快递公司", "买家留言",
    ];

    private static string[] PinduoduoRow(string id, string status, string title, string spec, int quantity, string code, string receiver, string mobile,
        string province, string city, string district, string street, string detail, string afterSale) =>
    [
        title, id, status, "59.00", "0.00", "0.00", "0.00", "0.00", "59.00", "59.00", quantity.ToString(), "", "", receiver, "\t" + mobile, "否",
        province, city, district, street, detail, "2026-11-21 09:00:00", "2026-11-21 09:00:05", "2026-11-21 09:00:05", "2026-11-23 09:00:05", "", "",
        "\t" + "4567890123", spec, "\t" + "123456789012", code, "SPU-" + code[..2], "", afterSale, "", "", "",
    ];

    /// 拼多多 订单导出 (GBK, tab-guarded numbers): A with two item rows (repeated 订单号), B to 和康县, one shipped, one refunding.
    public static byte[] Pinduoduo(Ids ids, string dressCode = "A123-黑-XL", string coatCode = "B9-黑-L")
    {
        string Id(string n) => $"261121-{n[^15..]}";
        return Gbk.GetBytes(Csv(
        [
            PinduoduoHeader,
            PinduoduoRow(Id(ids.A), "待发货", "女士连衣裙", "黑色,XL", 1, dressCode, "张三", "17012345678-1234", "广东省", "广州市", "越秀区", "北京街道",
                "广东省广州市越秀区北京路 1 号", "无售后或售后取消"),
            PinduoduoRow(Id(ids.A), "待发货", "男士外套", "黑色,L", 2, coatCode, "张三", "17012345678-1234", "广东省", "广州市", "越秀区", "北京街道",
                "广东省广州市越秀区北京路 1 号", "无售后或售后取消"),
            PinduoduoRow(Id(ids.B), "待发货", "女士连衣裙", "黑色,XL", 1, dressCode, "古丽", "+86 166 0898 1234", "新疆维吾尔自治区", "和田地区", "和康县", "",
                "团结路 8 号", "无售后或售后取消"),
            PinduoduoRow(Id(ids.Shipped), "已发货，待签收", "女士连衣裙", "黑色,XL", 1, dressCode, "赵六", "13700137000", "广东省", "广州市", "越秀区", "",
                "北京路 2 号", "无售后或售后取消"),
            PinduoduoRow(Id(ids.Closed), "待发货", "女士连衣裙", "黑色,XL", 1, dressCode, "王五", "13900139000", "浙江省", "杭州市", "西湖区", "",
                "文三路 90 号", "退款中"),
        ]));
    }

    public static string PinduoduoId(string id) => $"261121-{id[^15..]}";

    public static readonly string[] DouyinHeader =
    [
        "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价", "订单应付金额", "运费", "优惠总金额", "收件人",
        "收件人手机号", "省", "市", "区", "街道", "详细地址", "是否修改过地址", "买家留言", "订单提交时间", "支付完成时间", "订单完成时间", "订单状态", "售后状态",
        "取消原因", "快递信息", "商家备注",
    ];

    private static string[] DouyinRow(string main, string sub, string title, string spec, int quantity, string code, string receiver, string mobile,
        string province, string city, string district, string detail, string status, string afterSale) =>
    [
        "\t" + main, "\t" + sub, "\t" + title, "\t" + spec, quantity.ToString(), "\t3612345678901234567", "\t" + code, "89.00", "89.00", "0.00", "0.00",
        receiver, mobile, province, city, district, "-", detail, "否", "-", "2026-11-22 20:00:00", "2026-11-22 20:00:10", "-", status, afterSale, "-", "-", "-",
    ];

    /// 抖店 订单导出 (UTF-8 with BOM, ids guarded by a tab inside quotes): A with two 子订单, B, one closed.
    public static byte[] Douyin(Ids ids, string dressCode = "A123-黑-XL", string coatCode = "B9-黑-L") =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv([DouyinHeader, .. DouyinRows(ids, dressCode, coatCode)]))];

    /// The data rows of the 抖店 export, as its CSV has them (tab-guarded ids).
    public static IReadOnlyList<string[]> DouyinRows(Ids ids, string dressCode = "A123-黑-XL", string coatCode = "B9-黑-L") =>
        [
            DouyinRow(DouyinId(ids.A), DouyinId(ids.A) + "1", "女士连衣裙", "颜色:黑色;尺码:XL", 1, dressCode, "张三", "+86 166 0898 1234", "海南省", "三沙市",
                "西沙区", "永兴岛北京路 1 号", "待发货", "-"),
            DouyinRow(DouyinId(ids.A), DouyinId(ids.A) + "2", "男士外套", "黑色;L", 1, coatCode, "张三", "+86 166 0898 1234", "海南省", "三沙市", "西沙区",
                "永兴岛北京路 1 号", "待发货", "-"),
            DouyinRow(DouyinId(ids.B), DouyinId(ids.B) + "1", "女士连衣裙", "颜色:黑色;尺码:XL", 3, dressCode, "古丽", "17012345678-1234", "新疆维吾尔自治区",
                "和田地区", "和康县", "团结路 8 号", "待发货", "-"),
            DouyinRow(DouyinId(ids.Closed), DouyinId(ids.Closed) + "1", "女士连衣裙", "颜色:黑色;尺码:XL", 1, dressCode, "王五", "13900139000", "浙江省",
                "杭州市", "西湖区", "文三路 90 号", "已关闭", "退款成功"),
        ];

    /// 抖店's 19-digit 主订单编号.
    public static string DouyinId(string id) => "69" + id[^17..];
}
