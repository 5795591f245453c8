using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Features.ShopProducts;

namespace SharedWarehouse.Modules.Catalog.Web;

/// One group of checkboxes over the shop's products on sale: the field's form name, its legend (translated by
/// the page), the products ticked and the group's test id.
public sealed record ProductChoiceField(string Name, string Legend, IReadOnlyList<Guid> Selected, string TestId);

public sealed record ShopProductChoicesView(string EmptyText, IReadOnlyList<ProductChoiceField> Fields, IReadOnlyList<ShopProduct> Products);

/// Choosing among a shop's products on sale inside another module's form (Merchants' decoration editor picks its
/// hot and featured products). Invoked by name with tuples, so the caller needs no Catalog type; validation
/// messages come from the page's ModelState under each field's name.
public sealed class ShopProductChoicesViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid shopId, string emptyText,
        IReadOnlyList<(string Name, string Legend, IReadOnlyList<Guid> Selected, string TestId)> fields)
    {
        var products = await sender.Send(new ListShopProducts(shopId));
        return View(new ShopProductChoicesView(emptyText, fields.Select(f => new ProductChoiceField(f.Name, f.Legend, f.Selected, f.TestId)).ToList(), products));
    }
}
