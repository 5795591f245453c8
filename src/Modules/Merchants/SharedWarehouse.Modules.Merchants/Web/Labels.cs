using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Web;

/// Display names (localisation keys) for the module's enums.
public static class Labels
{
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "草稿",
        ApplicationStatus.Submitted => "待审核",
        ApplicationStatus.Resubmitted => "重新提交待审核",
        ApplicationStatus.Approved => "已通过",
        ApplicationStatus.Rejected => "已驳回",
        _ => status.ToString(),
    };

    public static string Badge(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Approved => "bg-success",
        ApplicationStatus.Rejected => "bg-danger",
        ApplicationStatus.Draft => "bg-secondary",
        _ => "bg-warning text-dark",
    };

    public static string Of(ShopType type) => type switch
    {
        ShopType.Flagship => "旗舰店",
        ShopType.Specialty => "专营店",
        ShopType.Franchise => "专卖店",
        ShopType.Individual => "个体店",
        _ => type.ToString(),
    };

    public static string Of(ApplicationAction action) => action switch
    {
        ApplicationAction.Submitted => "提交申请",
        ApplicationAction.Resubmitted => "修改后重新提交",
        ApplicationAction.Approved => "审核通过",
        ApplicationAction.Rejected => "已驳回",
        _ => action.ToString(),
    };
}
