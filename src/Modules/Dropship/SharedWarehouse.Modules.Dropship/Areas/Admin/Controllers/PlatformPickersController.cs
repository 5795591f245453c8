using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Dropship.Web;

namespace SharedWarehouse.Modules.Dropship.Areas.Admin.Controllers;

/// The platform's own pickers, who pick platform-dropship orders.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
[Route("admin/dropship/pickers")]
public sealed class PlatformPickersController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await TeamAsync(new PickerInput(), ct));

    [HttpPost("")]
    public async Task<IActionResult> Add(PickerInput input, CancellationToken ct)
    {
        var added = await sender.Send(new AddPicker(null, input.Name, input.Phone), ct);
        if (added.IsSuccess) return Redirect("/admin/dropship/pickers");
        ModelState.AddResultErrors(added);
        return View("Index", await TeamAsync(input, ct));
    }

    [HttpPost("{id:guid}/active")]
    public async Task<IActionResult> SetActive(Guid id, bool active, CancellationToken ct)
    {
        var done = await sender.Send(new SetPickerActive(null, id, active), ct);
        return done.IsNotFound ? NotFound() : Redirect("/admin/dropship/pickers");
    }

    private async Task<PickerTeamView> TeamAsync(PickerInput input, CancellationToken ct) =>
        new("/admin/dropship/pickers", "平台拣货员", await sender.Send(new ListPickers(null), ct), input);
}
