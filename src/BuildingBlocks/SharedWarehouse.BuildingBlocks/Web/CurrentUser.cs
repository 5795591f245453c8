using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SharedWarehouse.BuildingBlocks.Web;

/// The signed-in user for code that has no ClaimsPrincipal at hand (services, handlers); controllers, views and
/// navigation contributors read the same id straight from their principal with <see cref="UserIdClaims"/>.
public interface ICurrentUser
{
    Guid? Id { get; }
    bool IsInRole(string role);
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id => accessor.HttpContext?.User.FindId();

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;
}

/// The one place the user id is parsed out of the sign-in cookie's claims.
public static class UserIdClaims
{
    /// The signed-in user's id, or null for a visitor.
    public static Guid? FindId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// The signed-in user's id on an [Authorize] page: reaching one without a user is a bug, not a visitor.
    public static Guid Id(this ClaimsPrincipal user) =>
        user.FindId() ?? throw new InvalidOperationException("No signed-in user: this action must require authorization.");

    /// Owner or staff of some shop: whether to look up the shop they act for at all (a buyer's page never does).
    public static bool WorksForAShop(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (user.IsInRole(Roles.MerchantOwner) || user.IsInRole(Roles.MerchantStaff));
}
