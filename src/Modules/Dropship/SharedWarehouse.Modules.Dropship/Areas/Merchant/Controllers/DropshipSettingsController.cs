using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Dropship.Areas.Merchant.Controllers;

/// Dropship settings (mode, tracking callback, waybill sender), the downloader's API key, and the shop's own pickers.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
// Owner only (the team permission): the API key and the pickers are the shop's credentials and its people.
[ShopPermission(ShopPermissions.Team)]
[Route("merchant/dropship")]
public sealed class DropshipSettingsController(ISender sender, IShopAccess shops) : MerchantShopController(shops)
{
    [HttpGet("settings")]
    public async Task<IActionResult> Settings(CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var s = await sender.Send(new GetDropshipSettings(shopId), ct);
        return ShowSettings(s, new SettingsInput
        {
            Mode = s.Mode, CallbackUrl = s.CallbackUrl, SenderName = s.SenderName, SenderPhone = s.SenderPhone,
            SenderRegionCode = s.SenderRegionCode, SenderAddress = s.SenderAddress,
        });
    }

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(SettingsInput input, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var saved = await sender.Send(new SaveDropshipSettings(shopId, input.Mode, input.CallbackUrl, input.SenderName, input.SenderPhone,
            input.SenderRegionCode, input.SenderAddress), ct);
        if (saved.IsSuccess)
        {
            TempData["Saved"] = true;
            return Redirect("/merchant/dropship/settings");
        }
        ModelState.AddResultErrors(saved);
        return ShowSettings(await sender.Send(new GetDropshipSettings(shopId), ct), input);
    }

    /// The new key is shown on this response only (never stored in clear, never put in TempData).
    [HttpPost("settings/api-key")]
    public async Task<IActionResult> IssueKey(CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var key = await sender.Send(new IssueDropshipApiKey(shopId), ct);
        var s = await sender.Send(new GetDropshipSettings(shopId), ct);
        ViewData["NewKey"] = key.IsSuccess ? key.Value : null;
        return ShowSettings(s, new SettingsInput
        {
            Mode = s.Mode, CallbackUrl = s.CallbackUrl, SenderName = s.SenderName, SenderPhone = s.SenderPhone,
            SenderRegionCode = s.SenderRegionCode, SenderAddress = s.SenderAddress,
        });
    }

    [HttpGet("pickers")]
    public async Task<IActionResult> Pickers(CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        return View("~/Areas/Admin/Views/PlatformPickers/Index.cshtml", await PickersAsync(shopId, new PickerInput(), ct));
    }

    [HttpPost("pickers")]
    public async Task<IActionResult> AddPicker(PickerInput input, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var added = await sender.Send(new AddPicker(shopId, input.Name, input.Phone), ct);
        if (added.IsSuccess) return Redirect("/merchant/dropship/pickers");
        ModelState.AddResultErrors(added);
        return View("~/Areas/Admin/Views/PlatformPickers/Index.cshtml", await PickersAsync(shopId, input, ct));
    }

    [HttpPost("pickers/{id:guid}/active")]
    public async Task<IActionResult> SetActive(Guid id, bool active, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var done = await sender.Send(new SetPickerActive(shopId, id, active), ct);
        return done.IsNotFound ? NotFound() : Redirect("/merchant/dropship/pickers");
    }

    private async Task<PickerTeamView> PickersAsync(Guid shopId, PickerInput input, CancellationToken ct) =>
        new("/merchant/dropship/pickers", "我的拣货员", await sender.Send(new ListPickers(shopId), ct), input);

    private ViewResult ShowSettings(DropshipSettingsView settings, SettingsInput input)
    {
        ViewData["Input"] = input;
        return View("Settings", settings);
    }
}
