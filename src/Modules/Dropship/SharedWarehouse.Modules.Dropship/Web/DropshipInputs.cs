using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;
using SharedWarehouse.Modules.Dropship.Features.Queries;
using SharedWarehouse.Modules.Dropship.Features.Resolve;

namespace SharedWarehouse.Modules.Dropship.Web;

/// The order list's GET filter; unknown values fall back to "all".
public sealed class OrderListQuery
{
    public OrderFilter Filter { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

/// One line's resolution form: which answer, and the value that answer needs (stall, day or price as typed).
public sealed class ResolveLineInput
{
    public Resolution Resolution { get; set; }
    public Guid? StallId { get; set; }
    public DateOnly? Day { get; set; }
    public string? DeclaredPrice { get; set; }
}

public sealed class CloseOrderInput
{
    public string? Reason { get; set; }
}

public sealed class SettingsInput
{
    public DropshipMode Mode { get; set; } = DropshipMode.OwnTeam;
    public string? CallbackUrl { get; set; }
    public string? SenderName { get; set; }
    public string? SenderPhone { get; set; }
    public string? SenderRegionCode { get; set; }
    public string? SenderAddress { get; set; }
}

/// The column-mapping form: a name, the marketplace (optional), and the column chosen for each of our fields
/// (posted as Columns[SkuCode] and so on).
public sealed class MappingInput
{
    public string? Name { get; set; }
    public MarketplacePlatform? Platform { get; set; }
    public Dictionary<OrderField, string?> Columns { get; set; } = [];
}

public sealed class PickerInput
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
}

/// zh-CN labels (localisation keys) of the module's states.
public static class DropshipLabels
{
    public static string Of(DropshipOrderStatus s) => s switch
    {
        DropshipOrderStatus.AwaitingFunds => "待充值",
        DropshipOrderStatus.InProgress => "处理中",
        DropshipOrderStatus.ReadyToShip => "待发货",
        DropshipOrderStatus.Shipped => "已发货",
        _ => "已关闭",
    };

    public static string Of(LineStatus s) => s switch
    {
        LineStatus.New => "待筛选",
        LineStatus.Reserved => "仓库有货",
        LineStatus.AwaitingPickup => "待拿货",
        LineStatus.NoStall => "缺档口",
        LineStatus.OutOfStock => "档口无货",
        LineStatus.InStockLater => "档口晚些有货",
        LineStatus.PriceAboveDeclared => "拿货价超出申报",
        LineStatus.Picked => "已拿货",
        LineStatus.Received => "已入库",
        LineStatus.Shipped => "已发货",
        _ => "已关闭",
    };

    public static string Of(PickupTaskStatus s) => s switch
    {
        PickupTaskStatus.Open => "待拿货",
        PickupTaskStatus.Scheduled => "已排期",
        PickupTaskStatus.Picked => "已拿到",
        PickupTaskStatus.OutOfStock => "无货",
        PickupTaskStatus.InStockLater => "晚些有货",
        PickupTaskStatus.PriceRefused => "价格超出",
        _ => "已取消",
    };

    public static string Of(MarketplacePlatform p) => p switch
    {
        MarketplacePlatform.Taobao => "淘宝/天猫",
        MarketplacePlatform.Pinduoduo => "拼多多",
        _ => "抖店",
    };

    /// A built-in layout's name (a saved mapping is shown by its own name, not translated).
    public static string Of(LayoutDefinition layout) => layout.Key switch
    {
        "taobao-orders" or "taobao-items" => "淘宝/天猫 订单报表 + 宝贝报表",
        "pinduoduo" => "拼多多 订单导出",
        "douyin" => "抖店 订单导出",
        _ => "本系统模板",
    };

    public static string Of(IssueKind k) => k switch
    {
        IssueKind.Error => "未导入",
        IssueKind.Skipped => "已跳过",
        _ => "提示",
    };

    public static string Of(OrderField f) => f switch
    {
        OrderField.ExternalOrderId => "外部订单号",
        OrderField.ReceiverName => "收件人",
        OrderField.ReceiverPhone => "手机",
        OrderField.Province => "省",
        OrderField.City => "市",
        OrderField.District => "区/县",
        OrderField.Street => "街道",
        OrderField.OneCellAddress => "收件地址（省市区和详细地址在一格）",
        OrderField.RegionCode => "地区代码",
        OrderField.AddressDetail => "详细地址",
        OrderField.SkuCode => "商家编码",
        OrderField.Title => "商品名称",
        OrderField.Colour => "颜色",
        OrderField.Size => "尺码",
        OrderField.Spec => "规格（颜色和尺码在一格）",
        OrderField.Quantity => "数量",
        OrderField.DeclaredPrice => "申报拿货价(元)",
        OrderField.BuyerMessage => "买家留言",
        OrderField.Channel => "来源店铺",
        OrderField.Status => "订单状态",
        _ => "售后状态",
    };

    public static string Of(DropshipMode m) => m == DropshipMode.Platform ? "平台代发" : "自有团队";

    public static string Of(OrderFilter f) => f switch
    {
        OrderFilter.NeedsMerchant => "待我处理",
        OrderFilter.InProgress => "处理中",
        OrderFilter.ReadyToShip => "待发货",
        OrderFilter.Shipped => "已发货",
        OrderFilter.Closed => "已关闭",
        OrderFilter.AwaitingFunds => "待充值",
        _ => "全部",
    };
}

/// A team's picker page, shared by the merchant's and the platform's: where it posts, its title, the pickers, the form.
public sealed record PickerTeamView(string Action, string Title, IReadOnlyList<Features.Settings.PickerRow> Pickers, PickerInput Input);
