using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.Modules.Markets.Web;

namespace SharedWarehouse.Modules.Markets.Areas.Merchant.Controllers;

/// CSV import (all or nothing, with the row-level error report on the page), export and the template.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Dropship)]
[Route("merchant/stall-codes")]
public sealed class StallCodeFilesController(ISender sender) : Controller
{
    private const int MaxUpload = ImportStallCodesHandler.MaxBytes + 64 * 1024;

    [HttpGet("import")]
    public IActionResult Import() => View(new ImportInput());

    [HttpPost("import")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Import(ImportInput input, CancellationToken ct)
    {
        byte[] content = [];
        if (input.File is { Length: > 0 and <= ImportStallCodesHandler.MaxBytes } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        else if (input.File is { Length: > ImportStallCodesHandler.MaxBytes }) content = new byte[ImportStallCodesHandler.MaxBytes + 1];
        var result = await sender.Send(new ImportStallCodes(User.Id(), input.File?.FileName ?? "", content), ct);
        if (result.Errors.Any(e => e.Code == "forbidden")) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View(input);
        }
        if (result.Value.HasErrors)
        {
            ViewData["Report"] = result.Value;
            return View(input);
        }
        this.Flash("已导入：新增 {0} 个商家编码，更新 {1} 个", FlashKind.Success, result.Value.Created, result.Value.Updated);
        return Redirect("/merchant/stall-codes");
    }

    [HttpGet("template.csv")]
    public async Task<IActionResult> Template(CancellationToken ct) =>
        File(await sender.Send(new GetStallCodeTemplate(), ct), "text/csv; charset=utf-8", "stall-codes-template.csv");

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(CancellationToken ct) =>
        File(await sender.Send(new ExportStallCodes(User.Id()), ct), "text/csv; charset=utf-8", "stall-codes.csv");
}
