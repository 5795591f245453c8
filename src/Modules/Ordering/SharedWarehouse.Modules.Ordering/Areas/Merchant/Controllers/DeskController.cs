using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Merchant.Controllers;

/// The merchant's order desk: its own sub-orders only (loaded by id AND the signed-in owner's shop).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.OrdersShip)]
[Route("merchant/orders")]
public sealed class DeskController(ISender sender, ICourier courier) : Controller
{

    [HttpGet("")]
    [ShopPermission(ShopPermissions.OrdersView)]
    public async Task<IActionResult> Index(DeskFilter filter = DeskFilter.ToShip, string? number = null, int page = 1, CancellationToken ct = default)
    {
        ViewData["Filter"] = (filter, number);
        return View(await sender.Send(new ListDesk(User.Id(), filter, number, page), ct));
    }

    [HttpGet("{id:guid}")]
    [ShopPermission(ShopPermissions.OrdersView)]
    public Task<IActionResult> Details(Guid id, CancellationToken ct) => DetailsAsync(id, null, ct);

    /// kind: picklist | packing | invoice — printable pages of the same sub-order.
    [HttpGet("{id:guid}/print/{kind}")]
    public async Task<IActionResult> Print(Guid id, string kind, CancellationToken ct)
    {
        if (kind is not ("picklist" or "packing" or "invoice")) return NotFound();
        var sub = await sender.Send(new GetDeskSubOrder(User.Id(), id), ct);
        if (sub is null) return NotFound();
        ViewData["Kind"] = kind;
        return View("Print", sub);
    }

    [HttpPost("{id:guid}/ship")]
    public async Task<IActionResult> Ship(Guid id, ShipInput input, CancellationToken ct)
    {
        var (quantities, invalid) = input.Parse();
        foreach (var line in invalid) ModelState.AddModelError(ShipInput.Key(line), "请填写不小于0的整数");
        if (invalid.Count > 0) return await DetailsAsync(id, input, ct);
        var shipped = await sender.Send(new ShipSubOrder(User.Id(), id, input.Carrier, input.TrackingNumber, quantities), ct);
        if (shipped.IsNotFound) return NotFound();
        if (shipped.IsFailure)
        {
            ModelState.AddResultErrors(shipped);
            return await DetailsAsync(id, input, ct);
        }
        this.Flash("已发货");
        return Redirect($"/merchant/orders/{id}");
    }

    private async Task<IActionResult> DetailsAsync(Guid id, ShipInput? input, CancellationToken ct)
    {
        var sub = await sender.Send(new GetDeskSubOrder(User.Id(), id), ct);
        if (sub is null) return NotFound();
        input ??= new ShipInput { Quantities = sub.Lines.ToDictionary(l => l.Id, l => (string?)(l.Consigned ? "0" : l.Remaining.ToString())) };
        return View("Details", new DeskPage(sub, input, courier.Carriers));
    }
}
