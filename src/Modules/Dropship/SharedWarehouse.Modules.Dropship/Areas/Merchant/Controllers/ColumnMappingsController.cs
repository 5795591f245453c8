using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Dropship.Areas.Merchant.Controllers;

/// Saved column mappings for order files the app does not know: upload one, see its header, pick the column of each
/// field, name it. Saving goes straight to the preview of that file, now recognised.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Dropship)]
[Route("merchant/dropship/mappings")]
public sealed class ColumnMappingsController(ISender sender, IShopAccess shops) : MerchantShopController(shops)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        return View(await sender.Send(new ListColumnMappings(shopId), ct));
    }

    [HttpPost("upload")]
    [RequestSizeLimit(DropshipImportController.MaxRequest)]
    [RequestFormLimits(MultipartBodyLengthLimit = DropshipImportController.MaxRequest)]
    public async Task<IActionResult> Upload(List<IFormFile>? files, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var staged = await DropshipImportController.StageAsync(sender, shopId, files, ct);
        if (staged.IsSuccess) return Redirect($"/merchant/dropship/mappings/new?upload={staged.Value}");
        ModelState.AddResultErrors(staged);
        return View("Index", await sender.Send(new ListColumnMappings(shopId), ct));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid upload, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var header = await sender.Send(new GetUploadHeader(shopId, upload), ct);
        if (header is null) return NotFound();
        var input = new MappingInput { Columns = header.Guesses.ToDictionary(g => g.Key, g => (string?)g.Value) };
        return View(new MappingForm(header, input));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid upload, MappingInput input, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var saved = await sender.Send(new SaveColumnMapping(shopId, upload, input.Name, input.Platform, input.Columns), ct);
        if (saved.IsSuccess) return Redirect($"/merchant/dropship/import/{upload}");
        if (saved.IsNotFound) return NotFound();
        ModelState.AddResultErrors(saved);
        var header = await sender.Send(new GetUploadHeader(shopId, upload), ct);
        return header is null ? NotFound() : View(new MappingForm(header, input));
    }

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var deleted = await sender.Send(new DeleteColumnMapping(shopId, id), ct);
        return deleted.IsNotFound ? NotFound() : Redirect("/merchant/dropship/mappings");
    }
}

public sealed record MappingForm(UploadHeader Header, MappingInput Input);
