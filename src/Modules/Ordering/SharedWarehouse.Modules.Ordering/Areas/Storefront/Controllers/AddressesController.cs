using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Addresses;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

[Area("Storefront")]
[Authorize]
[Route("account/addresses")]
public sealed class AddressesController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(string? returnUrl, CancellationToken ct) =>
        await PageAsync(new AddressInput { ReturnUrl = returnUrl }, ct);

    [HttpPost("")]
    public async Task<IActionResult> Add(AddressInput input, CancellationToken ct)
    {
        var added = await sender.Send(input.ToCommand(User.Id()), ct);
        if (added.IsSuccess)
        {
            this.Flash("地址已保存");
            return Redirect(OrderLabels.LocalOr(input.ReturnUrl, "/account/addresses"));
        }
        ModelState.AddResultErrors(added);
        return await PageAsync(input, ct);
    }

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        var deleted = await sender.Send(new DeleteAddress(User.Id(), id), ct);
        if (deleted.IsNotFound) return NotFound();
        this.Flash("地址已删除");
        return Redirect("/account/addresses");
    }

    private async Task<IActionResult> PageAsync(AddressInput input, CancellationToken ct)
    {
        ViewData["Addresses"] = await sender.Send(new ListAddresses(User.Id()), ct);
        return View("Index", input);
    }
}
