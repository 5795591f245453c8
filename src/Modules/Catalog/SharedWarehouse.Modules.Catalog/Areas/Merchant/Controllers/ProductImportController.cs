using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Import;

namespace SharedWarehouse.Modules.Catalog.Areas.Merchant.Controllers;

/// Bulk import (with the row-level error report shown on the page) and export of the owner's catalog.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Products)]
[Route("merchant/products")]
public sealed class ProductImportController(ISender sender) : Controller
{
    private const int MaxUpload = ImportProductsHandler.MaxBytes + 64 * 1024;
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("import")]
    public IActionResult Index() => View(new ImportInput());

    [HttpPost("import")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Index(ImportInput input, CancellationToken ct)
    {
        byte[] content = [];
        if (input.File is { Length: > 0 and <= ImportProductsHandler.MaxBytes } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        else if (input.File is { Length: > ImportProductsHandler.MaxBytes }) content = new byte[ImportProductsHandler.MaxBytes + 1];
        var result = await sender.Send(new ImportProducts(User.Id(), input.File?.FileName ?? "", content, input.ImportValidRows), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View(input);
        }
        var report = result.Value;
        if (!report.HasErrors)
        {
            this.Flash("已导入 {0} 个商品、{1} 个 SKU（草稿，请上传图片后提交审核）", FlashKind.Success, report.ProductsImported, report.SkusImported);
            return Redirect("/merchant/products?status=Draft");
        }
        ViewData["Report"] = report;
        return View(input);
    }

    [HttpGet("import/template.csv")]
    public async Task<IActionResult> TemplateCsv(CancellationToken ct) => File(await sender.Send(new GetImportTemplate(SheetFormat.Csv), ct), "text/csv", "catalog-template.csv");

    [HttpGet("import/template.xlsx")]
    public async Task<IActionResult> TemplateXlsx(CancellationToken ct) => File(await sender.Send(new GetImportTemplate(SheetFormat.Xlsx), ct), Xlsx, "catalog-template.xlsx");

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(CancellationToken ct) => File(await sender.Send(new ExportProducts(User.Id(), SheetFormat.Csv), ct), "text/csv", "catalog.csv");

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx(CancellationToken ct) => File(await sender.Send(new ExportProducts(User.Id(), SheetFormat.Xlsx), ct), Xlsx, "catalog.xlsx");
}

public sealed class ImportInput
{
    public IFormFile? File { get; set; }
    public bool ImportValidRows { get; set; }
}
