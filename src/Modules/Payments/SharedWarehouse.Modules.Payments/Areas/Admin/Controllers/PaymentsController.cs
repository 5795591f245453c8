using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Features;

namespace SharedWarehouse.Modules.Payments.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Finance)]
[Route("admin/payments")]
public sealed class PaymentsController(ISender sender) : Controller
{
    /// status: a PaymentStatus name or empty for all; q: part of an order number.
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? q, int page = 1, CancellationToken ct = default)
    {
        PaymentStatus? parsed = Enum.TryParse<PaymentStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        ViewData["Status"] = parsed?.ToString() ?? "";
        ViewData["Query"] = q ?? "";
        return View(await sender.Send(new ListPayments(parsed, q, page), ct));
    }
}
