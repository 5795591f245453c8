using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SharedWarehouse.BuildingBlocks.Web;

public interface ICurrentUser
{
    Guid? Id { get; }
    bool IsInRole(string role);
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id => Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;
}
