using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace SharedWarehouse.Web.Controllers;

/// The baseline of bench/search/run.sh: a trivial Razor page (same layout, same card markup) rendering the same
/// number of items as a search page, from memory. The controller exists only when Bench:Enabled is true
/// (BenchControllerGate removes it otherwise), so normal runs have no /bench route at all.
[AllowAnonymous]
[Route("bench")]
public sealed class BenchController : Controller
{
    private static readonly BenchItem[] Items = Enumerable.Range(1, 100)
        .Select(i => new BenchItem(new Guid(i, 0, 0, new byte[8]), $"基准商品 {i} 号 酱香型白酒 500ml", 12_800 + i, $"基准商铺 {i % 7}", i % 3 != 0)).ToArray();

    [HttpGet("items")]
    public IActionResult Items_(int count = SharedWarehouse.Modules.Catalog.Features.Storefront.SearchProducts.DefaultPageSize) =>
        View("Items", Items.Take(Math.Clamp(count, 1, Items.Length)).ToList());
}

public sealed record BenchItem(Guid Id, string Name, long PriceFen, string ShopName, bool InStock)
{
    public string Url => $"/products/{Id}";
    public string ImageUrl => $"/products/{Id}/images/1";
}

/// Leaves BenchController out of the application unless Bench:Enabled is true.
internal sealed class BenchControllerGate : IApplicationFeatureProvider<ControllerFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        var bench = feature.Controllers.FirstOrDefault(c => c.AsType() == typeof(BenchController));
        if (bench is not null) feature.Controllers.Remove(bench);
    }
}
