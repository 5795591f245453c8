using Microsoft.AspNetCore.Http;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.Modules.Repair.Features.Queries;

namespace SharedWarehouse.Modules.Repair.Web;

/// 申请维修: which line of the sub-order, the fault, photos.
public sealed class RequestRepairInput
{
    public Guid SubOrderId { get; set; }
    public Guid LineId { get; set; }
    public string? Fault { get; set; }
    public List<IFormFile>? Images { get; set; }
}

/// Every small form of a repair page (quote, refuse, part, work, ship, send item) binds to this one model: each form posts
/// only its own fields, and the page shows the values typed into the form that failed next to its errors.
public sealed class RepairStepInput
{
    public string? Parts { get; set; }
    public string? Labour { get; set; }
    public string? ValidUntil { get; set; }
    public string? Note { get; set; }
    public string? SkuCode { get; set; }
    /// The part the issue form was shown for (see IssueRepairPart).
    public int? PartNumber { get; set; }
    public int Quantity { get; set; } = 1;
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public bool DropOff { get; set; }
    /// Which form was posted, so its fields (and only its) show the errors and typed values.
    public string? Form { get; set; }
}

/// A product's repair terms as posted from the terms page.
public sealed class RepairTermInput
{
    public string? WarrantyMonths { get; set; }
    public bool AcceptsRepairs { get; set; }
}

/// A repair page: the repair, the form that failed (if any) with what was typed, the carriers, and where this viewer's
/// copy lives (its photos are served under it).
public sealed record RepairPage(RepairRequest Repair, RepairStepInput Input, IReadOnlyList<(string Code, string Name)> Carriers, string Path, bool AsMerchant);

public static class RepairLabels
{
    public static string Of(RepairStatus s) => s switch
    {
        RepairStatus.Requested => "待商家受理",
        RepairStatus.Quoted => "待买家付款",
        RepairStatus.AwaitingItem => "待寄修",
        RepairStatus.ItemSent => "待商家收件",
        RepairStatus.InRepair => "维修中",
        RepairStatus.Returning => "已寄回待确认",
        RepairStatus.Completed => "维修完成",
        RepairStatus.Declined => "买家拒绝报价",
        RepairStatus.Refused => "商家不受理",
        RepairStatus.Cancelled => "已取消",
        _ => "报价已过期",
    };

    public static string Of(RepairParty p) => p switch
    {
        RepairParty.Buyer => "买家",
        RepairParty.Merchant => "商家",
        _ => "系统",
    };

    public static string Of(WarrantyBasis w) => w switch
    {
        WarrantyBasis.ProductWarranty => "保修期内（免费）",
        WarrantyBasis.RepairWarranty => "维修保修期内（免费）",
        _ => "已过保修期（需报价）",
    };

    public static string Of(RepairFilter f) => f switch
    {
        RepairFilter.Open => "进行中",
        RepairFilter.New => "待受理/报价",
        RepairFilter.WaitingPayment => "待付款",
        RepairFilter.ToReceive => "待收件",
        RepairFilter.InRepair => "维修中",
        RepairFilter.ToReturn => "待寄回",
        RepairFilter.Overdue => "已超时",
        _ => "全部",
    };

    public static string Badge(RepairStatus s) => s switch
    {
        RepairStatus.Completed => "text-bg-success",
        RepairStatus.Declined or RepairStatus.Refused or RepairStatus.Cancelled or RepairStatus.QuoteExpired => "text-bg-secondary",
        _ => "text-bg-warning",
    };
}
