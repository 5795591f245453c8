using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Cart;

namespace SharedWarehouse.Modules.Ordering.Web;

/// Which cart a request uses: the signed-in buyer's, or the visitor's named by an HttpOnly cookie.
internal static class CartKeys
{
    public const string Cookie = "sw_cart";

    public static string? Current(HttpContext http) =>
        http.User.FindId() is { } user ? CartItem.ForUser(user)
        : Guid.TryParse(http.Request.Cookies[Cookie], out var visitor) ? CartItem.ForVisitor(visitor) : null;

    /// The visitor's cart key, creating the cookie on first use (adding to a cart is what needs one).
    public static string CurrentOrNew(HttpContext http)
    {
        if (Current(http) is { } key) return key;
        var visitor = Guid.NewGuid();
        http.Response.Cookies.Append(Cookie, visitor.ToString("N"), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(30),
        });
        return CartItem.ForVisitor(visitor);
    }
}

/// Merges a visitor's cart into the buyer's on the first request after sign-in, then forgets the visitor cookie.
internal sealed class MergeVisitorCartFilter(ISender sender) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.FindId() is { } user && Guid.TryParse(http.Request.Cookies[CartKeys.Cookie], out var visitor))
        {
            var merged = await sender.Send(new MergeCart(CartItem.ForVisitor(visitor), CartItem.ForUser(user)), http.RequestAborted);
            if (merged.IsSuccess) http.Response.Cookies.Delete(CartKeys.Cookie);
        }
        await next();
    }
}
