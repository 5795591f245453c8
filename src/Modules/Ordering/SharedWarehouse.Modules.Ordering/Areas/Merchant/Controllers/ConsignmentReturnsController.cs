using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Ordering.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Areas.Merchant.Controllers;

/// Consignment returns: the reseller reviews its buyers' requests, the supplier decides those forwarded to it. Handlers
/// load by (id AND the signed-in owner's shop in that role), so another shop's return is not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[Route("merchant/consignment/returns")]
public sealed class ConsignmentReturnsController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new MerchantReturnsPage(await sender.Send(new ListConsignmentReturns(User.Id()), ct), null, null));

    [HttpPost("{id:guid}/review")]
    public async Task<IActionResult> Review(Guid id, ReturnDecisionInput input, CancellationToken ct) =>
        await DecideAsync(id, input, await sender.Send(new ReviewConsignmentReturn(User.Id(), id, input.Approve, input.Note), ct), input.Approve ? "已同意，退货申请已转给供货商" : "已拒绝退货申请", ct);

    [HttpPost("{id:guid}/decide")]
    public async Task<IActionResult> Decide(Guid id, ReturnDecisionInput input, CancellationToken ct) =>
        await DecideAsync(id, input, await sender.Send(new DecideConsignmentReturn(User.Id(), id, input.Approve, input.Note), ct), input.Approve ? "已确认收货退款" : "已拒收", ct);

    private async Task<IActionResult> DecideAsync(Guid id, ReturnDecisionInput input, Result result, string flash, CancellationToken ct)
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View("Index", new MerchantReturnsPage(await sender.Send(new ListConsignmentReturns(User.Id()), ct), id, input));
        }
        this.Flash(flash);
        return Redirect("/merchant/consignment/returns");
    }
}
