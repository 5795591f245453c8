using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Web;

/// zh-CN texts (the localisation keys) for the warehouse desk's states.
public static class WarehouseLabels
{
    public static string Of(ReturnStatus status) => status switch
    {
        ReturnStatus.InStock => "在库",
        ReturnStatus.Refused => "已拒收",
        ReturnStatus.SoldAgain => "已再次售出",
        ReturnStatus.BackToStall => "退回档口中",
        ReturnStatus.StallRefunded => "档口已退款",
        ReturnStatus.StallRefused => "档口拒退",
        ReturnStatus.Closed => "已关闭",
        _ => "未知",
    };

    public static string Badge(ReturnStatus status) => status switch
    {
        ReturnStatus.InStock => "text-bg-success",
        ReturnStatus.Refused or ReturnStatus.StallRefused => "text-bg-danger",
        ReturnStatus.BackToStall => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    /// The print queue's job states (PrintJobState.Status is the Printing module's enum name).
    public static string PrintState(string status) => status switch
    {
        "Queued" => "排队待打印",
        "Printing" => "打印中",
        "Printed" => "已打印",
        "Retrying" => "失败重试中",
        "Failed" => "打印失败",
        _ => "未知",
    };

    public static string PrintBadge(string status) => status switch
    {
        "Printed" => "text-bg-success",
        "Retrying" or "Failed" => "text-bg-danger",
        _ => "text-bg-info",
    };
}
