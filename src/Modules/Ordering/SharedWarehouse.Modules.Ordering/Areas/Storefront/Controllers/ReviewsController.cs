using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Reviews;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

[Area("Storefront")]
[Authorize]
[Route("orders/{orderId:guid}/lines/{lineId:guid}/review")]
public sealed class ReviewsController(ISender sender) : Controller
{

    [HttpGet("")]
    public Task<IActionResult> Create(Guid orderId, Guid lineId, CancellationToken ct) => FormAsync(orderId, lineId, new ReviewInput { Rating = 5 }, ct);

    [HttpPost("")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> Create(Guid orderId, Guid lineId, ReviewInput input, CancellationToken ct)
    {
        var written = await sender.Send(await input.ToCommandAsync(User.Id(), lineId, ct), ct);
        if (written.IsNotFound) return NotFound();
        if (written.IsSuccess)
        {
            this.Flash("感谢您的评价");
            return Redirect($"/orders/{orderId}");
        }
        ModelState.AddResultErrors(written);
        return await FormAsync(orderId, lineId, input, ct);
    }

    private async Task<IActionResult> FormAsync(Guid orderId, Guid lineId, ReviewInput input, CancellationToken ct)
    {
        var order = await sender.Send(new GetMyOrder(User.Id(), orderId), ct);
        var line = order?.SubOrders.SelectMany(s => s.Lines).FirstOrDefault(l => l.Id == lineId);
        if (line is null) return NotFound();
        ViewData["Line"] = line;
        ViewData["OrderId"] = orderId;
        return View("Create", input);
    }
}
