using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;
using SharedWarehouse.Modules.Dropship.Features.Queries;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Dropship.Areas.Merchant.Controllers;

/// Order import as the marketplaces give it: upload (one file, or Taobao's 订单报表 + 宝贝报表), a preview of what was
/// recognised with every row-level issue, then the merchant's confirmation imports the stored upload.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Dropship)]
[Route("merchant/dropship/import")]
public sealed class DropshipImportController(ISender sender, IShopAccess shops) : MerchantShopController(shops)
{
    /// Two files at their limit plus the form's own parts; larger requests are cut off by the server.
    public const long MaxRequest = OrderFileParser.MaxFiles * StageOrderImport.MaxFileBytes + 256 * 1024;

    [HttpPost("")]
    [RequestSizeLimit(MaxRequest)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequest)]
    public async Task<IActionResult> Upload(List<IFormFile>? files, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var staged = await StageAsync(sender, shopId, files, ct);
        if (staged.IsSuccess) return Redirect($"/merchant/dropship/import/{staged.Value}");
        ModelState.AddResultErrors(staged);
        ViewData["TrackingPlatform"] = await sender.Send(new LatestOrderSource(shopId), ct);
        return View("/Areas/Merchant/Views/DropshipOrders/Index.cshtml", await sender.Send(new ListDropshipOrders(shopId, OrderFilter.All, null, 1), ct));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Preview(Guid id, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        return await ShowPreviewAsync(shopId, id, ct);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Confirm(Guid id, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var imported = await sender.Send(new ConfirmOrderImport(shopId, id), ct);
        if (imported.IsNotFound) return NotFound();
        if (imported.IsSuccess) return View("Report", imported.Value);
        ModelState.AddResultErrors(imported);
        return await ShowPreviewAsync(shopId, id, ct);
    }

    /// Reads the posted files (the size checked before reading) and stores them as an upload of the shop.
    internal static async Task<SharedKernel.Result<Guid>> StageAsync(ISender sender, Guid shopId, List<IFormFile>? files, CancellationToken ct)
    {
        var sheets = new List<SheetFile>();
        foreach (var file in files ?? [])
        {
            if (file.Length > StageOrderImport.MaxFileBytes)
                return SharedKernel.Error.Validation(StageOrderImport.Field, "文件「{0}」超过 5 MB", file.FileName);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            sheets.Add(new SheetFile(file.FileName, buffer.ToArray()));
        }
        return await sender.Send(new StageOrderImport(shopId, sheets), ct);
    }

    private async Task<IActionResult> ShowPreviewAsync(Guid shopId, Guid id, CancellationToken ct)
    {
        var preview = await sender.Send(new PreviewOrderImport(shopId, id), ct);
        if (preview is null) return NotFound();
        ViewData["Mode"] = (await sender.Send(new GetDropshipSettings(shopId), ct)).Mode;
        return View("Preview", preview);
    }
}
