using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Queries;
using SharedWarehouse.Modules.Merchants.Web;

namespace SharedWarehouse.Modules.Merchants.Areas.Storefront.Controllers;

/// The signed-in user's own shop application. Every action finds it by the user's id, so no id in a URL
/// or form can point at somebody else's.
[Area("Storefront")]
[Authorize]
[Route("merchant-application")]
public sealed class MerchantApplicationController(ISender sender, IFileStore files) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var application = await sender.Send(new GetOwnApplication(User.Id()), ct);
        return application is null ? RedirectToAction(nameof(Edit)) : View(application);
    }

    [HttpGet("edit")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        var application = await sender.Send(new GetOwnApplication(User.Id()), ct);
        if (application is { IsEditable: false }) return RedirectToAction(nameof(Index));
        ViewData["Existing"] = application;
        return View(application is null ? new ApplicationInput() : new ApplicationInput
        {
            ShopName = application.ShopName, ShopType = application.ShopType, BusinessScope = application.BusinessScope,
            RegionCode = application.RegionCode, LegalPersonName = application.LegalPersonName,
        });
    }

    [HttpPost("edit")]
    [RequestSizeLimit(12 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
    public async Task<IActionResult> Edit(ApplicationInput input, [FromForm(Name = "action")] string? action, CancellationToken ct)
    {
        var submit = action == "submit";
        var result = await sender.Send(await input.ToCommandAsync(User.Id(), submit, ct), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            ViewData["Existing"] = await sender.Send(new GetOwnApplication(User.Id()), ct);
            return View(input);
        }
        this.Flash(submit ? "申请已提交，请等待平台审核" : "草稿已保存");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("image/{kind}")]
    public async Task<IActionResult> Image(ApplicationImageKind kind, CancellationToken ct)
    {
        var application = await sender.Send(new GetOwnApplication(User.Id()), ct);
        if (application is null) return NotFound();
        var stored = await sender.Send(new FindApplicationImage(application.Id, kind, User.Id(), ViewerIsReviewer: false), ct);
        return this.StoredImage(files, stored, ImageCaching.Private);
    }
}
