using SharedWarehouse.Modules.Dropship.Domain;
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
