using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Merchants.Web;

/// Enforces [ShopPermission] / [AnyShopMember] on every merchant endpoint (registered for all controllers; an
/// endpoint without either is left alone). The most specific requirement wins: endpoint metadata lists the
/// controller's attributes before the action's. A person acting for no shop gets 404, as before teams existed;
/// one without the permission gets 403. Records of another shop stay 404: handlers load them by id AND the
/// acting shop.
internal sealed class ShopPermissionFilter(CurrentShopAccess current) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var requirement = context.ActionDescriptor.EndpointMetadata.OfType<IShopRequirement>().LastOrDefault();
        if (requirement is null || context.HttpContext.User.Identity?.IsAuthenticated != true) return;
        var access = await current.GetAsync(context.HttpContext.User, context.HttpContext.RequestAborted);
        if (access is null)
        {
            // The home page explains "no shop yet" itself (and links to the invitations waiting for the person).
            if (requirement is not AnyShopMemberAttribute) context.Result = new NotFoundResult();
            return;
        }
        if (requirement.Permission is { } permission && !access.Can(permission))
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
    }
}
