using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Setup;
using SharedWarehouse.Modules.Catalog.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Areas.Admin.Controllers;

/// The category tree with its attribute templates, and the brands.
[Area("Admin")]
[Authorize(Roles = CatalogNavigation.CatalogAdmins)]
[Route("admin/catalog")]
public sealed class CategoriesController(ISender sender) : Controller
{
    [HttpGet("categories")]
    public Task<IActionResult> Index(CancellationToken ct) => PageAsync(ct);

    [HttpPost("categories")]
    public async Task<IActionResult> Create(CategoryInput input, CancellationToken ct) =>
        await DoneAsync(await sender.Send(new CreateCategory(input.Name, input.ParentId, input.SortOrder), ct), "类目已添加", ct, category: input);

    [HttpPost("categories/{id:guid}")]
    public async Task<IActionResult> Update(Guid id, [FromForm(Name = "EditName")] string? name, [FromForm(Name = "EditSortOrder")] int sortOrder, CancellationToken ct) =>
        await DoneAsync(await sender.Send(new UpdateCategory(id, name, sortOrder), ct), "类目已保存", ct, prefix: "Edit");

    [HttpPost("categories/{id:guid}/no-reason-returns")]
    public async Task<IActionResult> SetNoReasonReturns(Guid id, NoReasonReturnsInput input, CancellationToken ct) =>
        await DoneAsync(await sender.Send(new SetCategoryNoReasonReturns(id, input.NoReasonReturns), ct), "七天无理由退货设置已保存", ct, noReason: (id, input));

    [HttpPost("categories/{id:guid}/attributes")]
    public async Task<IActionResult> AddAttribute(Guid id, AttributeInput input, CancellationToken ct) =>
        await DoneAsync(await sender.Send(new AddCategoryAttribute(id, input.Name, input.Type, input.Unit, input.Required), ct), "属性已添加", ct, prefix: "Attribute", attribute: (id, input));

    [HttpPost("categories/{id:guid}/attributes/{attributeId:guid}/remove")]
    public async Task<IActionResult> RemoveAttribute(Guid id, Guid attributeId, CancellationToken ct) =>
        await DoneAsync(await sender.Send(new RemoveCategoryAttribute(id, attributeId), ct), "属性已删除", ct);

    [HttpPost("brands")]
    public async Task<IActionResult> CreateBrand(BrandInput input, CancellationToken ct) =>
        await DoneAsync(await sender.Send(new CreateBrand(input.Name), ct), "品牌已添加", ct, prefix: "Brand", brand: input);

    private async Task<IActionResult> DoneAsync(Result result, string flash, CancellationToken ct, string prefix = "",
        CategoryInput? category = null, (Guid, AttributeInput)? attribute = null, BrandInput? brand = null, (Guid, NoReasonReturnsInput)? noReason = null)
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.Flash(flash);
            return RedirectToAction(nameof(Index));
        }
        // Each form on the page has its own field names, so errors land next to the form that was posted.
        ModelState.AddResultErrors(Result.Failure(result.Errors.Select(e => e with { Field = e.Field.Length == 0 ? "" : prefix + e.Field }).ToList()));
        return await PageAsync(ct, category, attribute, brand, noReason);
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct, CategoryInput? category = null, (Guid, AttributeInput)? attribute = null, BrandInput? brand = null,
        (Guid, NoReasonReturnsInput)? noReason = null)
    {
        ViewData["CategoryInput"] = category ?? new CategoryInput();
        ViewData["AttributeInput"] = attribute;
        ViewData["NoReasonInput"] = noReason;
        ViewData["BrandInput"] = brand ?? new BrandInput();
        ViewData["Brands"] = await sender.Send(new ListBrands(), ct);
        return View("Index", await sender.Send(new GetCategoryTree(), ct));
    }
}
