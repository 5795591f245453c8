using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

/// Visitors have a cart too; it joins the buyer's cart at sign-in (MergeVisitorCartFilter).
[Area("Storefront")]
[Route("cart")]
public sealed class CartController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(CartKeys.Current(HttpContext) is { } key ? await sender.Send(new GetCart(key), ct) : new CartView([], []));

    [HttpPost("add")]
    public async Task<IActionResult> Add(AddToCartInput input, CancellationToken ct)
    {
        var added = await sender.Send(new AddToCart(CartKeys.CurrentOrNew(HttpContext), input.SkuId, input.Quantity), ct);
        this.Flash(added, "已加入购物车");
        if (added.IsFailure) return Redirect(OrderLabels.LocalOr(input.ReturnUrl, "/cart"));
        return Redirect(input.BuyNow ? "/checkout" : "/cart");
    }

    [HttpPost("{skuId:guid}/quantity")]
    public async Task<IActionResult> Quantity(Guid skuId, int quantity, CancellationToken ct)
    {
        if (CartKeys.Current(HttpContext) is not { } key) return NotFound();
        var set = await sender.Send(new SetCartQuantity(key, skuId, quantity), ct);
        if (set.IsNotFound) return NotFound();
        if (set.IsFailure) this.Flash(set.Errors[0]);
        return Redirect("/cart");
    }

    [HttpPost("{skuId:guid}/remove")]
    public async Task<IActionResult> Remove(Guid skuId, CancellationToken ct)
    {
        if (CartKeys.Current(HttpContext) is { } key) await sender.Send(new RemoveFromCart(key, skuId), ct);
        return Redirect("/cart");
    }
}
