using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Consignment;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Web;

namespace SharedWarehouse.Modules.Catalog.Areas.Merchant.Controllers;

/// Joint sales (代销). Supplier: terms per own product, levels of resellers. Reseller: what is shared with it, consign-sell
/// at its own prices, stop. Every handler loads by the signed-in user's shop, so another shop's ids are not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Products)]
public sealed class ConsignmentController(ISender sender) : Controller
{

    [HttpGet("merchant/consignment")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new BrowseConsignable(User.Id()), ct));

    [HttpGet("merchant/consignment/{productId:guid}")]
    public async Task<IActionResult> Consign(Guid productId, CancellationToken ct)
    {
        var product = (await sender.Send(new BrowseConsignable(User.Id(), productId), ct)).FirstOrDefault();
        return product is null ? NotFound() : View(new ConsignPage(product, ConsignInput.From(product)));
    }

    [HttpPost("merchant/consignment/{productId:guid}")]
    public async Task<IActionResult> Consign(Guid productId, ConsignInput input, CancellationToken ct)
    {
        var result = await sender.Send(new ConsignProduct(User.Id(), productId, input.Retail), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            var product = (await sender.Send(new BrowseConsignable(User.Id(), productId), ct)).FirstOrDefault();
            return product is null ? NotFound() : View(new ConsignPage(product, input));
        }
        this.Flash("已代销上架，商品已出现在您的店铺中");
        return Redirect("/merchant/consignment");
    }

    [HttpPost("merchant/consignment/listings/{listingId:guid}/stop")]
    public async Task<IActionResult> Stop(Guid listingId, CancellationToken ct)
    {
        var result = await sender.Send(new DelistProduct(User.Id(), listingId), ct);
        if (result.IsFailure) return NotFound();
        this.Flash("已停止代销");
        return Redirect("/merchant/consignment");
    }

    [HttpGet("merchant/products/{id:guid}/consignment")]
    public async Task<IActionResult> Terms(Guid id, CancellationToken ct)
    {
        var view = await sender.Send(new GetConsignmentTerms(User.Id(), id), ct);
        return view is null ? NotFound() : View(new ConsignmentTermsPage(view, ConsignmentTermsInput.From(view)));
    }

    [HttpPost("merchant/products/{id:guid}/consignment")]
    public async Task<IActionResult> Terms(Guid id, ConsignmentTermsInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id(), id), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            var view = await sender.Send(new GetConsignmentTerms(User.Id(), id), ct);
            return view is null ? NotFound() : View(new ConsignmentTermsPage(view, input));
        }
        this.Flash(input.Open ? "代销设置已保存：已开放代销" : "代销设置已保存：未开放代销");
        return Redirect($"/merchant/products/{id}/consignment");
    }

    [HttpGet("merchant/consignment/resellers")]
    public async Task<IActionResult> Resellers(CancellationToken ct) =>
        View(new ResellerLevelsPage(await sender.Send(new ListResellerLevels(User.Id()), ct), new ResellerLevelInput()));

    [HttpPost("merchant/consignment/resellers")]
    public async Task<IActionResult> Resellers(ResellerLevelInput input, CancellationToken ct)
    {
        var result = await sender.Send(new SetResellerLevel(User.Id(), input.ShopName, input.Level), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View(new ResellerLevelsPage(await sender.Send(new ListResellerLevels(User.Id()), ct), input));
        }
        this.Flash("分销等级已保存");
        return Redirect("/merchant/consignment/resellers");
    }
}
