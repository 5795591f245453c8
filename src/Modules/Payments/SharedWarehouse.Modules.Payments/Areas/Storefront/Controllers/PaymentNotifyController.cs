using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.Modules.Payments.Features;

namespace SharedWarehouse.Modules.Payments.Areas.Storefront.Controllers;

/// Server-to-server: the gateway posts its asynchronous result here. It has no browser session, cookie
/// or form token, so antiforgery cannot apply (and is not needed: CSRF abuses a victim's cookies, and
/// this endpoint trusts no cookie). It is protected by the HMAC signature over the payload instead: an
/// unsigned or altered message is answered 400 and changes nothing. The only exemption in the app.
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("payments/notify")]
public sealed class PaymentNotifyController(NotificationReceiver receiver) : Controller
{
    [HttpPost("{gateway}")]
    [RequestSizeLimit(16 * 1024)]
    public async Task<IActionResult> Notify(string gateway, CancellationToken ct)
    {
        if (!Request.HasFormContentType) return BadRequest();
        var form = await Request.ReadFormAsync(ct);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var receipt = await receiver.ReceiveAsync(gateway.ToLowerInvariant(), fields, ct);
        return new ContentResult { StatusCode = receipt.StatusCode, Content = receipt.Body, ContentType = "text/plain; charset=utf-8" };
    }
}
