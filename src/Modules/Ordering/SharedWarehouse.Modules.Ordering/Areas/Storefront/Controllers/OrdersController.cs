using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Web;
using SharedWarehouse.Modules.Payments.Contracts;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

[Area("Storefront")]
[Authorize]
[Route("orders")]
public sealed class OrdersController(ISender sender, IPayments payments) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(OrderStatus? status, int page = 1, CancellationToken ct = default)
    {
        ViewData["Status"] = status;
        return View(await sender.Send(new ListMyOrders(User.Id(), status, page), ct));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) => await DetailsAsync(id, new CancelInput(), ct);

    /// Starts (or resumes) the online payment and sends the buyer to the gateway's pay page.
    [HttpGet("{id:guid}/pay")]
    public async Task<IActionResult> Pay(Guid id, CancellationToken ct)
    {
        var order = await sender.Send(new GetMyOrder(User.Id(), id), ct);
        if (order is null) return NotFound();
        if (!order.CanPay) return Redirect($"/orders/{id}");
        var subject = order.SubOrders.SelectMany(s => s.Lines).Select(l => l.ProductName).FirstOrDefault() ?? order.Number;
        var started = await payments.StartOnlineAsync(new StartPayment(order.Id, order.Number, User.Id(), order.TotalFen, subject, $"/orders/{id}"), ct);
        if (started.IsSuccess) return Redirect(started.Value);
        this.Flash(started.Errors[0]);
        return Redirect($"/orders/{id}");
    }

    [HttpPost("{id:guid}/confirm")]
    public async Task<IActionResult> Confirm(Guid id, CancellationToken ct)
    {
        var confirmed = await sender.Send(new ConfirmReceipt(User.Id(), id), ct);
        if (confirmed.IsNotFound) return NotFound();
        this.Flash(confirmed, "已确认收货");
        return Redirect($"/orders/{id}");
    }

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, CancelInput input, CancellationToken ct)
    {
        var cancelled = await sender.Send(new CancelOrder(User.Id(), id, input.Reason), ct);
        if (cancelled.IsNotFound) return NotFound();
        if (cancelled.IsSuccess)
        {
            this.Flash("订单已取消");
            return Redirect($"/orders/{id}");
        }
        ModelState.AddResultErrors(cancelled);
        return await DetailsAsync(id, input, ct);
    }

    private async Task<IActionResult> DetailsAsync(Guid id, CancelInput cancel, CancellationToken ct)
    {
        var order = await sender.Send(new GetMyOrder(User.Id(), id), ct);
        if (order is null) return NotFound();
        ViewData["Cancel"] = cancel;
        ViewData["Reviewable"] = await sender.Send(new Features.Reviews.ReviewableLines(User.Id(), id), ct);
        return View("Details", order);
    }
}
