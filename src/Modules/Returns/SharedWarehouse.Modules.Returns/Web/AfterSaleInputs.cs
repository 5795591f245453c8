using Microsoft.AspNetCore.Http;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Queries;

namespace SharedWarehouse.Modules.Returns.Web;

/// 申请售后: kind, reason, description, quantity per order line, amount in yuan (empty = the most allowed).
public sealed class ApplyInput
{
    public Guid SubOrderId { get; set; }
    public AfterSaleKind Kind { get; set; } = AfterSaleKind.ReturnAndRefund;
    public string? Reason { get; set; }
    public string? Description { get; set; }
    public Dictionary<Guid, int> Quantities { get; set; } = [];
    /// For an exchange: the SKU wanted per line.
    public Dictionary<Guid, Guid> Replacements { get; set; } = [];
    public string? Amount { get; set; }
    public List<IFormFile>? Images { get; set; }
}

/// Every small form of a request page (refuse, offer, ship back, receive, escalate, decide) binds to this one model:
/// each form posts only its own fields, and the page shows the values typed into the form that failed.
public sealed class StepInput
{
    public string? Note { get; set; }
    public string? Amount { get; set; }
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public bool Accept { get; set; }
    public bool ForBuyer { get; set; }
    public List<IFormFile>? Images { get; set; }
    /// Which form was posted, so its fields (and only its) show the errors and typed values.
    public string? Form { get; set; }
}

/// A request page: the request, the form that failed (if any) with what was typed, and where this viewer's copy of the
/// request lives (its photos are served under it).
/// ViewerShopId: the signed-in merchant's shop on the desk; it answers what it sold and inspects what comes back to it.
public sealed record AfterSalePage(AfterSaleRequest Request, StepInput Input, IReadOnlyList<(string Code, string Name)> Carriers, string Path,
    Guid? ViewerShopId = null)
{
    public bool ViewerSells => ViewerShopId == Request.ShopId;
    public bool ViewerReceives => ViewerShopId == Request.ReceivingShopId;
}

public static class AfterSaleLabels
{
    public static string Of(AfterSaleKind k) => k switch
    {
        AfterSaleKind.RefundOnly => "仅退款",
        AfterSaleKind.Exchange => "换货",
        _ => "退货退款",
    };

    public static string Of(AfterSaleStatus s) => s switch
    {
        AfterSaleStatus.AwaitingMerchant => "待商家处理",
        AfterSaleStatus.CounterOffered => "商家提议金额",
        AfterSaleStatus.AwaitingReturn => "待买家寄回",
        AfterSaleStatus.AwaitingReceipt => "待商家收货",
        AfterSaleStatus.Refused => "商家已拒绝",
        AfterSaleStatus.Escalated => "平台介入中",
        AfterSaleStatus.Refunded => "已退款",
        AfterSaleStatus.Closed => "已关闭",
        AfterSaleStatus.Exchanged => "已换货",
        _ => "已撤销",
    };

    public static string Of(AfterSaleParty p) => p switch
    {
        AfterSaleParty.Buyer => "买家",
        AfterSaleParty.Merchant => "商家",
        AfterSaleParty.Platform => "平台客服",
        _ => "系统",
    };

    public static string Of(DeskFilter f) => f switch
    {
        DeskFilter.Open => "进行中",
        DeskFilter.ToAgree => "待处理",
        DeskFilter.ToReceive => "待收货",
        DeskFilter.Escalated => "平台介入",
        DeskFilter.DueSoon => "即将超时",
        _ => "全部",
    };

    public static string Badge(AfterSaleStatus s) => s switch
    {
        AfterSaleStatus.Refunded => "text-bg-success",
        AfterSaleStatus.Closed or AfterSaleStatus.Withdrawn => "text-bg-secondary",
        AfterSaleStatus.Refused or AfterSaleStatus.Escalated => "text-bg-danger",
        _ => "text-bg-warning",
    };
}
