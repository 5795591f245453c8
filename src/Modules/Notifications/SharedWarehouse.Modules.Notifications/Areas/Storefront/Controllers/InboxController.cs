using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Notifications.Features;

namespace SharedWarehouse.Modules.Notifications.Areas.Storefront.Controllers;

[Area("Storefront")]
[Authorize]
[Route("inbox")]
public sealed class InboxController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new GetInbox(User.Id()), ct));

    [HttpPost("read")]
    public async Task<IActionResult> MarkRead(Guid? id, CancellationToken ct)
    {
        await sender.Send(new MarkNotificationsRead(User.Id(), id), ct);
        return RedirectToAction(nameof(Index));
    }
}
