using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;

namespace SharedWarehouse.Modules.Payments.Areas.Storefront.Controllers;

/// The simulated gateway's pay page. Anonymous like a real gateway's (it does not know our users); the
/// charge id is the capability, and the buttons post with antiforgery like every form here.
[Area("Storefront")]
[AllowAnonymous]
[Route("paysim")]
public sealed class PaySimController(ISender sender) : Controller
{
    [HttpGet("{chargeId:guid}")]
    public async Task<IActionResult> Index(Guid chargeId, CancellationToken ct)
    {
        var charge = await sender.Send(new GetSimulatedCharge(chargeId), ct);
        return charge is null ? NotFound() : View(charge);
    }

    [HttpPost("{chargeId:guid}")]
    public async Task<IActionResult> Complete(Guid chargeId, SimulatedOutcome outcome, CancellationToken ct)
    {
        if (!Enum.IsDefined(outcome)) return BadRequest();
        var result = await sender.Send(new CompleteSimulatedCharge(chargeId, outcome), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            var charge = await sender.Send(new GetSimulatedCharge(chargeId), ct);
            return charge is null ? NotFound() : View(nameof(Index), charge);
        }
        // Local only (checked when the payment started, and again here): never an open redirect.
        return Url.IsLocalUrl(result.Value) ? Redirect(result.Value) : Redirect("/");
    }
}
