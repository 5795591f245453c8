using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Team;

namespace SharedWarehouse.Modules.Merchants.Areas.Storefront.Controllers;

/// 店铺邀请 in the account centre: the invitations sent to the signed-in person's own number, to accept or decline.
/// Anyone signed in may open it (an invitee is usually a buyer account until they accept).
[Area("Storefront")]
[Authorize]
[Route("account/shop-invitations")]
public sealed class ShopInvitationsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new ListMyInvitations(User.Id()), ct));

    [HttpPost("{id:guid}/accept")]
    public async Task<IActionResult> Accept(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new AcceptInvitation(User.Id(), id), ct);
        if (result.IsNotFound) return NotFound();
        this.Flash(result, "已加入店铺团队");
        if (result.IsSuccess) TempData["Joined"] = true;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/decline")]
    public async Task<IActionResult> Decline(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new DeclineInvitation(User.Id(), id), ct);
        if (result.IsNotFound) return NotFound();
        this.Flash(result, "已拒绝邀请");
        return RedirectToAction(nameof(Index));
    }
}
