using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;

namespace SharedWarehouse.Modules.Courier.Web;

internal sealed class CourierNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Task.FromResult<IEnumerable<NavItem>>(WaybillRoles.Any(user.IsInRole) ? [new NavItem(NavArea.Admin, NavSection.Orders, "快递运单", "/admin/waybills", 72)] : []);

    private static readonly string[] WaybillRoles = [Roles.Admin, Roles.Operations, Roles.CustomerService];
}

/// zh-CN labels (localisation keys) for parcel statuses.
public static class CourierLabels
{
    public static string Of(string status) => status switch
    {
        ParcelStatuses.Created => "已下单",
        ParcelStatuses.PickedUp => "已揽收",
        ParcelStatuses.InTransit => "运输中",
        ParcelStatuses.Delivered => "已签收",
        _ => status,
    };

    public static string Badge(string status) => status switch
    {
        ParcelStatuses.Delivered => "text-bg-success",
        ParcelStatuses.InTransit => "text-bg-info",
        ParcelStatuses.PickedUp => "text-bg-primary",
        _ => "text-bg-secondary",
    };
}

/// The search form as the GET sends it: tracking or order number in one box, and a shop by its exact name.
public sealed class WaybillSearch
{
    public string? Q { get; set; }
    public string? Shop { get; set; }
    public int Page { get; set; } = 1;
}

/// The reprint form: the printer chosen and an id minted when the page was shown, so a resubmitted form prints once.
public sealed class ReprintInput
{
    public Guid? PrinterId { get; set; }
    public Guid RequestId { get; set; }
}
