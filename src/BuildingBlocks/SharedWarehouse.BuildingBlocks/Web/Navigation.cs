using System.Security.Claims;

namespace SharedWarehouse.BuildingBlocks.Web;

public enum NavArea { Storefront, Merchant, Admin, Picker, Account }

/// Text is a localisation key; Badge is an optional count (unread messages, pending reviews).
public sealed record NavItem(NavArea Area, string Text, string Url, int Order, int? Badge = null);

/// Modules contribute their own menu entries so adding a module never edits another module's views.
public interface INavigationContributor
{
    Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct);
}
