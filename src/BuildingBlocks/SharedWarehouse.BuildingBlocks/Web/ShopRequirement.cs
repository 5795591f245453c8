using System.Security.Claims;

namespace SharedWarehouse.BuildingBlocks.Web;

/// What a merchant back-office endpoint asks of the person: to act for a shop and, unless Permission is null, to
/// hold that permission there. Metadata only; Merchants' filter enforces it (403 without the permission, 404 when
/// the person acts for no shop), and a test fails for any merchant action that carries none.
public interface IShopRequirement
{
    string? Permission { get; }
}

/// The action needs this shop permission (ShopPermissions). On a controller it applies to every action; an
/// action's own attribute wins over the controller's.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class ShopPermissionAttribute(string permission) : Attribute, IShopRequirement
{
    public string? Permission { get; } = permission;
}

/// The action is open to every member of the shop, whatever their roles (the back office's home page, the shop
/// switcher). It still runs only for the shop the person acts for.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class AnyShopMemberAttribute : Attribute, IShopRequirement
{
    public string? Permission => null;
}

/// The permissions of the signed-in person in the shop they act for on this request (empty when none), read once
/// per request. The shell hides the menu entries that need a permission the person lacks.
public interface ICurrentShopPermissions
{
    Task<IReadOnlySet<string>> GetAsync(ClaimsPrincipal user, CancellationToken ct);
}
