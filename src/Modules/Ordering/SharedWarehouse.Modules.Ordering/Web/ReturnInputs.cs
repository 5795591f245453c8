using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Ordering.Features.Orders;

namespace SharedWarehouse.Modules.Ordering.Web;

public sealed class ReturnInput
{
    public Guid? LineId { get; set; }
    public string? Reason { get; set; }
}

public sealed record ReturnsPage(OrderView Order, IReadOnlyList<ReturnRow> Returns, ReturnInput Input);

/// The reseller's or supplier's decision on one return; Note is required to reject or refuse.
public sealed class ReturnDecisionInput
{
    public bool Approve { get; set; }
    public string? Note { get; set; }
}

public sealed record MerchantReturnsPage(IReadOnlyList<ReturnRow> Rows, Guid? FailedId, ReturnDecisionInput? Failed);

public static class ReturnLabels
{
    public static string Of(ReturnStatus status) => status switch
    {
        ReturnStatus.Requested => "待分销商审核",
        ReturnStatus.RejectedByReseller => "分销商已拒绝",
        ReturnStatus.WithSupplier => "待供货商收货",
        ReturnStatus.Accepted => "已退货退款",
        _ => "供货商已拒收",
    };
}
