using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Decoration;
using SharedWarehouse.Modules.Merchants.Web;

namespace SharedWarehouse.Modules.Merchants.Areas.Merchant.Controllers;

/// The owner's shop decoration. No shop or decoration id comes from the request: every command and query
/// finds the signed-in owner's shop, so ids of another shop (banner, version) are simply not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Decoration)]
[Route("merchant/decoration")]
public sealed class DecorationController(ISender sender, IFileStore files) : Controller
{
    private const int MaxUpload = 20 * 1024 * 1024;
    public const string ShopView = "/Areas/Storefront/Views/Shops/Show.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var editor = await sender.Send(new GetDecorationEditor(User.Id()), ct);
        if (editor is null) return NotFound();
        if (editor.Draft is null) return View("Templates", new TemplateInput());
        ViewData["Editor"] = editor;
        return View(DecorationInput.From(editor.Draft));
    }

    [HttpPost("")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Save(DecorationInput input, CancellationToken ct)
    {
        var result = await sender.Send(await input.ToCommandAsync(User.Id(), ct), ct);
        if (result.IsSuccess)
        {
            this.Flash("草稿已保存，预览确认后发布");
            return RedirectToAction(nameof(Index));
        }
        var editor = await sender.Send(new GetDecorationEditor(User.Id()), ct);
        if (editor is null) return NotFound();
        if (editor.Draft is null) return RedirectToAction(nameof(Templates));
        ModelState.AddResultErrors(result);
        ViewData["Editor"] = editor;
        return View(nameof(Index), input);
    }

    [HttpGet("templates")]
    public async Task<IActionResult> Templates(CancellationToken ct)
    {
        var editor = await sender.Send(new GetDecorationEditor(User.Id()), ct);
        if (editor is null) return NotFound();
        ViewData["Editor"] = editor;
        return View(new TemplateInput { TemplateKey = editor.Draft?.TemplateKey });
    }

    [HttpPost("templates")]
    public async Task<IActionResult> Templates(TemplateInput input, CancellationToken ct)
    {
        var result = await sender.Send(new ChooseTemplate(User.Id(), input.TemplateKey, input.Confirm), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            ViewData["Editor"] = await sender.Send(new GetDecorationEditor(User.Id()), ct);
            return View(input);
        }
        this.Flash("模板已应用到草稿");
        return RedirectToAction(nameof(Index));
    }

    /// Exactly the buyer page, from the draft; only ever the signed-in owner's own draft.
    [HttpGet("preview")]
    public async Task<IActionResult> Preview(CancellationToken ct)
    {
        var page = await sender.Send(new GetDecorationPreview(User.Id()), ct);
        if (page is null) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return View(ShopView, page);
    }

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(CancellationToken ct)
    {
        var result = await sender.Send(new PublishDecoration(User.Id()), ct);
        if (result.IsFailure) return await ShowErrorsAsync(result, ct);
        this.Flash("店铺装修已发布，买家现在看到的是新版本");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("versions/{versionId:guid}/restore")]
    public async Task<IActionResult> Restore(Guid versionId, CancellationToken ct)
    {
        var result = await sender.Send(new RestoreDecorationVersion(User.Id(), versionId), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure) return await ShowErrorsAsync(result, ct);
        this.Flash("已将该版本恢复到草稿，发布后买家可见");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("images/{fileName}")]
    public async Task<IActionResult> Image(string fileName, CancellationToken ct) =>
        this.StoredImage(files, await sender.Send(new FindDecorationImage(User.Id(), null, fileName), ct), ImageCaching.Private);

    /// A one-button action failed: the editor with the errors (next to the product choices they concern).
    private async Task<IActionResult> ShowErrorsAsync(SharedWarehouse.SharedKernel.Result result, CancellationToken ct)
    {
        var editor = await sender.Send(new GetDecorationEditor(User.Id()), ct);
        if (editor?.Draft is null) return RedirectToAction(nameof(Index));
        ModelState.AddResultErrors(result);
        ViewData["Editor"] = editor;
        return View(nameof(Index), DecorationInput.From(editor.Draft));
    }
}
