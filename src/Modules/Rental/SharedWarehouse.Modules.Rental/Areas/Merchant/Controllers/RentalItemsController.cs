using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Rental.Features.Items;
using SharedWarehouse.Modules.Rental.Features.Queries;
using SharedWarehouse.Modules.Rental.Web;

namespace SharedWarehouse.Modules.Rental.Areas.Merchant.Controllers;

/// The merchant's rental items: offer an approved SKU for rent, set its terms, add its serial-numbered units, and see each
/// unit's bookings. Items are loaded by (id AND the signed-in owner's shop): another shop's item is not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Products)]
[Route("merchant/rental-items")]
public sealed class RentalItemsController(ISender sender) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => ShowListAsync(new ItemInput(), ct);

    [HttpPost("")]
    public async Task<IActionResult> Create(ItemInput input, CancellationToken ct)
    {
        var result = await sender.Send(new CreateRentalItem(User.Id(), input.SkuId, input.Description, input.Terms), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await ShowListAsync(input, ct);
        }
        this.Flash("租赁品已创建，请添加设备");
        return Redirect($"/merchant/rental-items/{result.Value}");
    }

    private async Task<IActionResult> ShowListAsync(ItemInput input, CancellationToken ct)
    {
        var list = await sender.Send(new ListShopRentalItems(User.Id()), ct);
        if (list is null) return NotFound();
        ViewData["Input"] = input;
        return View("Index", list);
    }

    [HttpGet("{id:guid}")]
    public Task<IActionResult> Edit(Guid id, CancellationToken ct) => ShowItemAsync(id, null, new UnitInput(), ct);

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Change(Guid id, ItemInput input, CancellationToken ct) =>
        await AfterAsync(id, await sender.Send(new ChangeRentalItem(User.Id(), id, input.Description, input.Terms, input.IsListed), ct), "租赁品已保存",
            input, new UnitInput(), ct);

    [HttpPost("{id:guid}/units")]
    public async Task<IActionResult> AddUnit(Guid id, UnitInput input, CancellationToken ct) =>
        await AfterAsync(id, await sender.Send(new AddRentalUnit(User.Id(), id, input.Serial, input.WarehouseId), ct), "设备已添加", null, input, ct);

    [HttpPost("{id:guid}/units/{unitId:guid}/active")]
    public async Task<IActionResult> SetUnitActive(Guid id, Guid unitId, bool active, CancellationToken ct) =>
        await AfterAsync(id, await sender.Send(new SetRentalUnitActive(User.Id(), id, unitId, active), ct), active ? "设备已启用" : "设备已停用", null,
            new UnitInput(), ct);

    private async Task<IActionResult> AfterAsync(Guid id, SharedWarehouse.SharedKernel.Result result, string done, ItemInput? item, UnitInput unit,
        CancellationToken ct)
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.Flash(done);
            return Redirect($"/merchant/rental-items/{id}");
        }
        ModelState.AddResultErrors(result);
        return await ShowItemAsync(id, item, unit, ct);
    }

    /// The item page; item = the terms form as typed (null: as stored), unit = the new-unit form as typed.
    private async Task<IActionResult> ShowItemAsync(Guid id, ItemInput? item, UnitInput unit, CancellationToken ct)
    {
        var page = await sender.Send(new GetShopRentalItem(User.Id(), id), ct);
        if (page is null) return NotFound();
        ViewData["Input"] = item ?? ItemInput.Of(page.Item);
        ViewData["Unit"] = unit;
        return View("Edit", page);
    }
}
