using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.Modules.Ordering.Contracts;

namespace SharedWarehouse.Modules.Ordering.Web;

/// The buyers' rating of a shop, for the shop page Merchants decorates and the shop card on Catalog's product page
/// (invoked by name: neither needs a reference to Ordering). testId tells the two places apart in tests.
public sealed class ShopRatingViewComponent(IRatings ratings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid shopId, string testId = "shop-rating")
    {
        ViewData["TestId"] = testId;
        return View((await ratings.ForShopsAsync([shopId], HttpContext.RequestAborted)).GetValueOrDefault(shopId));
    }
}
