using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Addresses;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

[Area("Storefront")]
[Authorize]
[Route("checkout")]
public sealed class CheckoutController(ISender sender, IOptions<OrderingOptions> options) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(DeliveryMethod? delivery, CancellationToken ct)
    {
        var addresses = await sender.Send(new ListAddresses(User.Id()), ct);
        // A fresh key each time the form is shown: one form, at most one order.
        var input = new CheckoutInput { IdempotencyKey = Guid.NewGuid(), AddressId = addresses.FirstOrDefault(a => a.IsDefault)?.Id, Delivery = delivery ?? DeliveryMethod.Express };
        return await PageAsync(input, addresses, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Place(CheckoutInput input, CancellationToken ct)
    {
        var placed = await sender.Send(input.ToCommand(User.Id()), ct);
        if (placed.IsSuccess)
            return Redirect(placed.Value.Status == OrderStatus.AwaitingPayment ? $"/orders/{placed.Value.OrderId}/pay" : $"/orders/{placed.Value.OrderId}");
        ModelState.AddResultErrors(placed);
        return await PageAsync(input, await sender.Send(new ListAddresses(User.Id()), ct), ct);
    }

    private async Task<IActionResult> PageAsync(CheckoutInput input, IReadOnlyList<AddressRow> addresses, CancellationToken ct)
    {
        var cart = await sender.Send(new GetCart(Domain.CartItem.ForUser(User.Id())), ct);
        if (cart.Count == 0) return Redirect("/cart");
        return View("Index", new CheckoutPage(cart, addresses, input, options.Value));
    }
}
