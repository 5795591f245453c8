using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.OfflineOrders;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Merchant.Controllers;

/// "录入线下订单": the merchant keys in a sales order for an offline buyer; from then on it is an ordinary desk order.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.OrdersShip)]
[Route("merchant/orders")]
public sealed class OfflineOrdersController(ISender sender) : Controller
{

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        // A fresh key each time the form is shown: one form, at most one order.
        var input = new OfflineOrderInput { IdempotencyKey = Guid.NewGuid() };
        input.Pad();
        return await PageAsync(input, ct);
    }

    /// op = "preview" (recompute the totals) or "add-lines" (more blank rows) re-shows the form without saving anything.
    [HttpPost("new")]
    public async Task<IActionResult> Create(OfflineOrderInput input, string? op, CancellationToken ct)
    {
        if (op is "preview" or "add-lines")
        {
            ModelState.Clear();
            input.Pad(op == "add-lines" ? 3 : 0);
            return await PageAsync(input, ct);
        }
        var keyed = await sender.Send(input.ToCommand(User.Id()), ct);
        if (keyed.IsSuccess)
        {
            this.Flash("线下订单已录入");
            return Redirect($"/merchant/orders/{keyed.Value.SubOrderId}");
        }
        ModelState.AddResultErrors(keyed);
        input.Pad();
        return await PageAsync(input, ct);
    }

    [HttpPost("{id:guid}/delivered")]
    public async Task<IActionResult> Delivered(Guid id, CancellationToken ct)
    {
        var done = await sender.Send(new MarkKeyedOrderDelivered(User.Id(), id), ct);
        if (done.IsNotFound) return NotFound();
        this.Flash(done, "已确认送达");
        return Redirect($"/merchant/orders/{id}");
    }

    [HttpPost("{id:guid}/cancel-keyed")]
    public async Task<IActionResult> Cancel(Guid id, CancelInput input, CancellationToken ct)
    {
        var cancelled = await sender.Send(new CancelKeyedOrder(User.Id(), id, input.Reason), ct);
        if (cancelled.IsNotFound) return NotFound();
        this.Flash(cancelled, "订单已取消，库存已释放");
        return Redirect($"/merchant/orders/{id}");
    }

    private async Task<IActionResult> PageAsync(OfflineOrderInput input, CancellationToken ct) =>
        View("New", new OfflineOrderPage(input, await sender.Send(new ListKeyableSkus(User.Id()), ct)));
}
