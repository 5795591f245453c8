using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Features.ShopProducts;

namespace SharedWarehouse.Modules.Catalog.Web;

/// A titled group of a shop's products on sale, for the shop pages Merchants decorates (invoked by name, so
/// Merchants needs no reference to Catalog). Title and EmptyText come translated from the page that places it.
public sealed record ShopProductsView(string Look, string Title, string TestId, string? EmptyText, IReadOnlyList<ShopProduct> Products);

public sealed class ShopProductsViewComponent(ISender sender) : ViewComponent
{
    /// <param name="chosen">the products to show, in this order; null for all the shop has on sale.</param>
    /// <param name="look">"grid" (cards, four a row), "list" (one a row, phone first) or "strip" (two wide cards a row).</param>
    /// <param name="allWhenNoneChosen">when none of the chosen products is on sale (or none was chosen), show all instead.</param>
    /// <param name="emptyText">shown when there is nothing to show; without it the group is left out.</param>
    public async Task<IViewComponentResult> InvokeAsync(Guid shopId, string look, string title, string testId,
        IReadOnlyList<Guid>? chosen = null, bool allWhenNoneChosen = false, string? emptyText = null)
    {
        var products = await sender.Send(new ListShopProducts(shopId, chosen));
        if (products.Count == 0 && chosen is not null && allWhenNoneChosen) products = await sender.Send(new ListShopProducts(shopId));
        return View(new ShopProductsView(look, title, testId, emptyText, products));
    }
}
