using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

/// Returns of consignment lines of the buyer's own order (another buyer's order is not found).
[Area("Storefront")]
[Authorize]
[Route("orders/{orderId:guid}/returns")]
public sealed class ReturnsController(ISender sender) : Controller
{

    [HttpGet("")]
    public Task<IActionResult> Index(Guid orderId, CancellationToken ct) => ShowAsync(orderId, new ReturnInput(), ct);

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid orderId, ReturnInput input, CancellationToken ct)
    {
        var result = await sender.Send(new RequestConsignmentReturn(User.Id(), orderId, input.LineId, input.Reason), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await ShowAsync(orderId, input, ct);
        }
        this.Flash("退货申请已提交，等待店铺审核");
        return Redirect($"/orders/{orderId}/returns");
    }

    private async Task<IActionResult> ShowAsync(Guid orderId, ReturnInput input, CancellationToken ct)
    {
        var order = await sender.Send(new GetMyOrder(User.Id(), orderId), ct);
        if (order is null) return NotFound();
        return View("Index", new ReturnsPage(order, await sender.Send(new ListOrderReturns(User.Id(), orderId), ct), input));
    }
}
