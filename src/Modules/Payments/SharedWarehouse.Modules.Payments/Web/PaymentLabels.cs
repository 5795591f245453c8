using SharedWarehouse.Modules.Payments.Domain;

namespace SharedWarehouse.Modules.Payments.Web;

/// zh-CN labels (localisation keys) and badge colours for statuses.
public static class PaymentLabels
{
    public static string Of(PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => "待支付",
        PaymentStatus.Succeeded => "已支付",
        PaymentStatus.Failed => "支付失败",
        _ => "已取消",
    };

    public static string Badge(PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => "text-bg-warning",
        PaymentStatus.Succeeded => "text-bg-success",
        PaymentStatus.Failed => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
