using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Repair.Features.Terms;
using SharedWarehouse.Modules.Repair.Web;

namespace SharedWarehouse.Modules.Repair.Areas.Merchant.Controllers;

/// 保修设置: the shop's products with their warranty (months) and whether the shop repairs them, one small form per product.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.AfterSales)]
[Route("merchant/repairs/terms")]
public sealed class RepairTermsController(ISender sender) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => ShowAsync(null, null, ct);

    [HttpPost("{productId:guid}")]
    public async Task<IActionResult> Save(Guid productId, RepairTermInput input, CancellationToken ct)
    {
        var result = await sender.Send(new SaveRepairTerm(User.Id(), productId, input.WarrantyMonths, input.AcceptsRepairs), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await ShowAsync(productId, input, ct);
        }
        this.Flash("保修设置已保存");
        return Redirect("/merchant/repairs/terms");
    }

    private async Task<IActionResult> ShowAsync(Guid? failed, RepairTermInput? typed, CancellationToken ct)
    {
        var rows = await sender.Send(new ListRepairTerms(User.Id()), ct);
        if (rows is null) return NotFound();
        ViewData["Failed"] = failed;
        ViewData["Typed"] = typed;
        return View("Index", rows);
    }
}
