using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Wallet.Features;
using SharedWarehouse.Modules.Wallet.Web;

namespace SharedWarehouse.Modules.Wallet.Areas.Merchant.Controllers;

/// The shop owner's wallet: balance, ledger, awaiting funds, recharge. Everything is read by the user's own shop.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Wallet)]
[Route("merchant/wallet")]
public sealed class WalletController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] LedgerQuery query, CancellationToken ct) =>
        await ShowAsync(query, new RechargeInput(), ct);

    [HttpPost("recharge")]
    public async Task<IActionResult> Recharge(RechargeInput input, CancellationToken ct)
    {
        var started = await sender.Send(new StartRecharge(User.Id(), input.Amount), ct);
        if (started.IsSuccess) return Redirect(started.Value); // the gateway's pay page, a URL Payments made
        if (started.IsNotFound || started.Errors.Any(e => e.Code == "forbidden")) return NotFound();
        ModelState.AddResultErrors(started);
        return await ShowAsync(new LedgerQuery(), input, ct);
    }

    [HttpGet("entries/{id:guid}")]
    public async Task<IActionResult> Entry(Guid id, CancellationToken ct)
    {
        var entry = await sender.Send(new GetMyEntry(User.Id(), id), ct);
        return entry is null ? NotFound() : View(entry);
    }

    private async Task<IActionResult> ShowAsync(LedgerQuery query, RechargeInput input, CancellationToken ct)
    {
        var wallet = await sender.Send(new GetMyWallet(User.Id(), query.ToFilter()), ct);
        if (wallet is null) return NotFound();
        ViewData["Query"] = query;
        ViewData["Recharge"] = input;
        return View("Index", wallet);
    }
}
