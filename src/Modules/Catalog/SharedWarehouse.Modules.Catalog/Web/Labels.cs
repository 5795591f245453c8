using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Web;

/// Display names (localisation keys) for the module's enums.
public static class Labels
{
    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "草稿",
        ReviewStatus.Pending => "待审核",
        ReviewStatus.Rejected => "已驳回",
        ReviewStatus.Approved => "已通过",
        _ => status.ToString(),
    };

    public static string Badge(ReviewStatus status) => status switch
    {
        ReviewStatus.Approved => "bg-success",
        ReviewStatus.Rejected => "bg-danger",
        ReviewStatus.Draft => "bg-secondary",
        _ => "bg-warning text-dark",
    };

    public static string Of(ReviewAction action) => action switch
    {
        ReviewAction.Submitted => "提交审核",
        ReviewAction.Resubmitted => "修改后重新提交",
        ReviewAction.Approved => "审核通过",
        ReviewAction.Rejected => "已驳回",
        ReviewAction.ForceDelisted => "平台强制下架",
        _ => action.ToString(),
    };

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.AbsoluteTerm => "绝对化用语",
        FindingKind.ProhibitedGoods => "禁售商品",
        FindingKind.Image => "图片问题",
        FindingKind.DuplicateImage => "重复图片",
        _ => kind.ToString(),
    };

    /// A category's 七天无理由 setting (null = as the parent), or what applies when given the effective value.
    public static string NoReasonReturns(bool? setting) => setting switch
    {
        null => "继承上级",
        true => "支持七天无理由",
        false => "不支持七天无理由",
    };

    public static string Of(AttributeType type) => type switch
    {
        AttributeType.Text => "文本",
        AttributeType.Number => "数字",
        AttributeType.Integer => "整数",
        _ => type.ToString(),
    };
}
