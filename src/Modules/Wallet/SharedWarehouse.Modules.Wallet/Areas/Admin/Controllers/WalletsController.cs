using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Wallet.Features;
using SharedWarehouse.Modules.Wallet.Web;

namespace SharedWarehouse.Modules.Wallet.Areas.Admin.Controllers;

/// Every merchant wallet; platform admins (not the other console roles) may adjust one, with a reason.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Finance)]
[Route("admin/wallets")]
public sealed class WalletsController(ISender sender, IMerchantDirectory merchants) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => View(await sender.Send(new ListWallets(page), ct));

    [HttpGet("{shopId:guid}")]
    public Task<IActionResult> Details(Guid shopId, [FromQuery] LedgerQuery query, CancellationToken ct) =>
        ShowAsync(shopId, query, new AdjustmentInput { RequestId = Guid.CreateVersion7() }, ct);

    [HttpPost("{shopId:guid}/adjust")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Adjust(Guid shopId, AdjustmentInput input, CancellationToken ct)
    {
        if ((await merchants.FindShopsAsync([shopId], ct)).Count == 0) return NotFound();
        var result = await sender.Send(new AdjustBalance(User.Id(), shopId, input.Amount, input.Reason, input.RequestId), ct);
        if (result.IsSuccess)
        {
            this.Flash("余额已调整");
            return RedirectToAction(nameof(Details), new { shopId });
        }
        ModelState.AddResultErrors(result);
        return await ShowAsync(shopId, new LedgerQuery(), input, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid shopId, LedgerQuery query, AdjustmentInput input, CancellationToken ct)
    {
        var shops = await merchants.FindShopsAsync([shopId], ct);
        if (!shops.TryGetValue(shopId, out var shop)) return NotFound();
        ViewData["Shop"] = shop;
        ViewData["Query"] = query;
        ViewData["Adjustment"] = input;
        return View("Details", await sender.Send(new GetShopWallet(shopId, query.ToFilter()), ct));
    }
}
