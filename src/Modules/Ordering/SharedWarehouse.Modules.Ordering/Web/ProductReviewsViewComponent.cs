using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Features.Reviews;

namespace SharedWarehouse.Modules.Ordering.Web;

/// Rating and latest reviews of a product, for the Catalog's product page (invoked by name: no reference needed).
public sealed class ProductReviewsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid productId) => View(await sender.Send(new ListProductReviews(productId)));
}
