using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.Modules.Dropship.Features.Settings;

namespace SharedWarehouse.Modules.Dropship.Areas.Api;

/// The order downloader's endpoint: authenticated by the shop's API key (X-Api-Key), no cookies, so no antiforgery
/// token. POST /api/dropship/orders takes { "orders": [...] } and answers what became of each (created, duplicate —
/// an external order id already received — or rejected with field errors); POST /api/dropship/returns registers a
/// buyer's return waybill so the parcel is found when scanned.
[ApiController]
[IgnoreAntiforgeryToken]
[Route("api/dropship")]
public sealed class DropshipApiController(ISender sender) : ControllerBase
{
    public sealed record OrdersBody(IReadOnlyList<IncomingOrder>? Orders);

    public sealed record ReturnBody(string? ExternalOrderId, string? ReturnWaybill);

    [HttpPost("orders")]
    [RequestSizeLimit(1024 * 1024)]
    public async Task<IActionResult> Orders([FromBody] OrdersBody body, CancellationToken ct)
    {
        if (await ShopAsync(ct) is not { } shopId) return Unauthorized(new { error = "invalid_api_key" });
        var received = await sender.Send(new ReceiveDropshipOrders(shopId, body.Orders ?? []), ct);
        if (received.IsFailure)
            return BadRequest(new { error = string.Format(System.Globalization.CultureInfo.InvariantCulture, received.Errors[0].Message, received.Errors[0].Args) });
        var r = received.Value;
        return Ok(new
        {
            created = r.Created, duplicates = r.Duplicates, rejected = r.Rejected,
            orders = r.Orders.Select(o => new
            {
                externalOrderId = o.ExternalOrderId, outcome = o.Outcome.ToString().ToLowerInvariant(), number = o.Number,
                errors = o.Errors.Select(e => new { field = e.Field, message = e.Message }),
            }),
        });
    }

    [HttpPost("returns")]
    public async Task<IActionResult> Returns([FromBody] ReturnBody body, CancellationToken ct)
    {
        if (await ShopAsync(ct) is not { } shopId) return Unauthorized(new { error = "invalid_api_key" });
        var expected = await sender.Send(new ExpectReturn(shopId, body.ExternalOrderId, body.ReturnWaybill), ct);
        return expected.IsSuccess ? Ok(new { ok = true })
            : BadRequest(new { errors = expected.Errors.Select(e => new { field = e.Field, message = e.Message }) });
    }

    private Task<Guid?> ShopAsync(CancellationToken ct) =>
        sender.Send(new AuthenticateDropshipKey(Request.Headers["X-Api-Key"].ToString()), ct);
}
