using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Areas.Admin.Controllers;

/// 批量通过 in the review queue: only products the automatic check found nothing in (ApproveProduct.CleanOnly);
/// a flagged one is counted as not done and stays in the queue for a reviewer to open.
[Area("Admin")]
[Authorize(Roles = Roles.ApplicationReviewers)]
[Route("admin/products/reviews/batch")]
public sealed class ReviewBatchController(ISender sender) : Controller
{
    [HttpPost("approve")]
    public async Task<IActionResult> Approve(ReviewBatchInput input, CancellationToken ct)
    {
        await ProductBatch.RunAsync(this, sender, input.Ids, id => new ApproveProduct(User.Id(), id, CleanOnly: true), "{0} 个商品已审核通过", ct);
        return Redirect("/admin/products/reviews");
    }
}
