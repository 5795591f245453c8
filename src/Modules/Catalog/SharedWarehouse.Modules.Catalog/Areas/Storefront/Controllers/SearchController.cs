using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Web;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Catalog.Areas.Storefront.Controllers;

/// Search across all shops, and a category page (the same list scoped to a category and its descendants).
/// A bad filter value is shown next to its field and left out of the search; the page never fails on input.
[Area("Storefront")]
[AllowAnonymous]
public sealed class SearchController(ISender sender, IRegionCatalog regions) : Controller
{
    [HttpGet("search")]
    public async Task<IActionResult> Index(SearchInput input, CancellationToken ct)
    {
        var categories = await sender.Send(new GetCategoryTree(), ct);
        return View("Index", await ShowAsync(input, "/search", null, categories, ct));
    }

    [HttpGet("categories/{id:guid}")]
    public async Task<IActionResult> Category(Guid id, SearchInput input, CancellationToken ct)
    {
        var categories = await sender.Send(new GetCategoryTree(), ct);
        if (categories.FirstOrDefault(c => c.Id == id) is not { } category) return NotFound();
        input.Category = id;
        ModelState.Remove(nameof(SearchInput.Category));
        return View("Index", await ShowAsync(input, $"/categories/{id}", category.Name, categories, ct));
    }

    private async Task<SearchPage> ShowAsync(SearchInput input, string action, string? categoryName, IReadOnlyList<CategoryNode> categories, CancellationToken ct)
    {
        // Values that did not even bind are dropped from the search (their message is already in ModelState).
        if (Bad(nameof(input.Min))) input.Min = null;
        if (Bad(nameof(input.Max))) input.Max = null;
        if (Bad(nameof(input.Brand))) input.Brand = null;
        if (Bad(nameof(input.Category))) input.Category = null;
        if (input.Page < 1 || Bad(nameof(input.Page))) input.Page = 1;
        var result = await sender.Send(input.ToQuery(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors(result);
            var fields = result.Errors.Select(e => e.Field).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var query = input.ToQuery() with
            {
                Keyword = fields.Contains("Keyword") ? null : input.Q,
                Min = fields.Contains("Min") || fields.Contains("Max") ? null : input.Min,
                Max = fields.Contains("Min") || fields.Contains("Max") ? null : input.Max,
                Region = fields.Contains("Region") ? null : input.Region,
            };
            result = await sender.Send(query, ct);
        }
        var brands = await sender.Send(new ListBrands(), ct);
        var page = result.IsSuccess ? result.Value : new PagedResult<Features.Storefront.SearchHit>([], 1, Features.Storefront.SearchProducts.DefaultPageSize, 0);
        return new SearchPage(input, page, action, categoryName, categories, brands, regions.Provinces);
    }

    private bool Bad(string key) => ModelState.GetFieldValidationState(key) == ModelValidationState.Invalid;
}
