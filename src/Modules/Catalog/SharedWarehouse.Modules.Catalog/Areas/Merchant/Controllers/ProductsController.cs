using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Areas.Merchant.Controllers;

/// The owner's products. Every command and query carries the signed-in user's id and the handlers load by
/// (id AND that user's shop), so an id of another shop's product in a URL or form is simply not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Products)]
[Route("merchant/products")]
public sealed class ProductsController(ISender sender, IFileStore files) : Controller
{
    private const int MaxUpload = 50 * 1024 * 1024;
    private const int MaxDescription = 20000; // as SaveProductValidator

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, Guid? categoryId, string? q, string? sort, int page = 1, CancellationToken ct = default)
    {
        ViewData["Filter"] = new ProductFilter(status, categoryId, q, sort);
        ViewData["Categories"] = await sender.Send(new GetCategoryTree(), ct);
        return View(await sender.Send(new ListOwnProducts(User.Id(), status, categoryId, q, sort, page), ct));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(Guid? categoryId, CancellationToken ct)
    {
        var input = new ProductInput { CategoryId = categoryId };
        input.PadSkus(3);
        return await FormAsync(input, null, ct);
    }

    /// The editor posts its images with the form (multipart), so a new product can have them from the first save.
    [HttpPost("new")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Create(ProductInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id(), null, await Uploads.ReadAsync(input.NewImages, ct), out var rowOf), ct);
        if (result.IsFailure) return await FormErrorAsync(input, null, ProductInput.Remap(result, rowOf), ct);
        this.Flash("商品已保存为草稿，检查无误后即可提交审核");
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    /// "Save and submit": the new version goes to review at once (the approved one stays on sale meanwhile).
    private async Task<IActionResult> SubmitAfterSaveAsync(Guid id, CancellationToken ct) =>
        await ActAsync(id, new SubmitProduct(User.Id(), id), "已保存并提交审核；审核通过前，已通过的版本继续销售", ct);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var product = await sender.Send(new GetOwnProduct(User.Id(), id), ct);
        return product is null ? NotFound() : View(product);
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var product = await sender.Send(new GetOwnProduct(User.Id(), id), ct);
        if (product is null) return NotFound();
        var input = ProductInput.From(product);
        input.PadSkus(2);
        return await FormAsync(input, product, ct);
    }

    [HttpPost("{id:guid}/edit")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Edit(Guid id, ProductInput input, [FromForm(Name = "action")] string? action, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id(), id, await Uploads.ReadAsync(input.NewImages, ct), out var rowOf), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure) return await FormErrorAsync(input, await sender.Send(new GetOwnProduct(User.Id(), id), ct), ProductInput.Remap(result, rowOf), ct);
        if (action == "submit" && await sender.Send(new GetOwnProduct(User.Id(), id), ct) is { CanSubmit: true }) return await SubmitAfterSaveAsync(id, ct);
        this.Flash("商品已保存");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// The editor's live preview: the same sanitised rendering the product pages use, so what the merchant sees
    /// is what buyers will see. It reads nothing stored (so no shop's data can leak through it); the role and
    /// the antiforgery token keep it to signed-in merchants using the editor.
    [HttpPost("description-preview")]
    public IActionResult DescriptionPreview([FromForm] string? markdown) =>
        (markdown?.Length ?? 0) > MaxDescription
            ? BadRequest()
            : Content(MarkdownText.ToHtml(markdown), "text/html; charset=utf-8");

    [HttpPost("{id:guid}/images")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> AddImages(Guid id, List<IFormFile>? images, CancellationToken ct) =>
        await ActAsync(id, new AddProductImages(User.Id(), id, await Uploads.ReadAsync(images, ct)), "图片已上传", ct);

    [HttpPost("{id:guid}/images/{imageId:guid}/remove")]
    public Task<IActionResult> RemoveImage(Guid id, Guid imageId, CancellationToken ct) =>
        ActAsync(id, new RemoveProductImage(User.Id(), id, imageId), "图片已删除", ct);

    [HttpPost("{id:guid}/images/{imageId:guid}/up")]
    public Task<IActionResult> MoveImageUp(Guid id, Guid imageId, CancellationToken ct) =>
        ActAsync(id, new MoveProductImageUp(User.Id(), id, imageId), "图片顺序已调整", ct);

    [HttpGet("{id:guid}/images/{imageId:guid}")]
    public async Task<IActionResult> Image(Guid id, Guid imageId, CancellationToken ct) =>
        this.StoredImage(files, await sender.Send(new FindDraftImage(User.Id(), id, imageId), ct), ImageCaching.Private);

    [HttpPost("{id:guid}/submit")]
    public Task<IActionResult> Submit(Guid id, CancellationToken ct) => ActAsync(id, new SubmitProduct(User.Id(), id), "已提交审核，请等待平台审核", ct);

    [HttpPost("{id:guid}/list")]
    public Task<IActionResult> List(Guid id, CancellationToken ct) => ActAsync(id, new ListProduct(User.Id(), id), "商品已上架", ct);

    [HttpPost("{id:guid}/delist")]
    public Task<IActionResult> Delist(Guid id, CancellationToken ct) => ActAsync(id, new DelistProduct(User.Id(), id), "商品已下架", ct);

    /// A one-button action on the details page: redirect on success, the page with the errors on failure.
    private async Task<IActionResult> ActAsync(Guid id, ICommand command, string flash, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            var product = await sender.Send(new GetOwnProduct(User.Id(), id), ct);
            return product is null ? NotFound() : View(nameof(Details), product);
        }
        this.Flash(flash);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> FormErrorAsync(ProductInput input, ProductDetails? product, Result result, CancellationToken ct)
    {
        ModelState.AddResultErrors(result);
        input.PadSkus(1);
        return await FormAsync(input, product, ct);
    }

    private async Task<IActionResult> FormAsync(ProductInput input, ProductDetails? product, CancellationToken ct)
    {
        ViewData["Product"] = product;
        ViewData["Categories"] = await sender.Send(new GetCategoryTree(), ct);
        ViewData["Brands"] = await sender.Send(new ListBrands(), ct);
        return View("Form", input);
    }
}

