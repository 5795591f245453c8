using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Features.Alerts;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Web;

namespace SharedWarehouse.Modules.Inventory.Areas.Merchant.Controllers;

[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Stock)]
[Route("merchant/stock/alerts")]
public sealed class StockAlertsController(ISender sender) : Controller
{

    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => PageAsync(ct);

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(AlertSettingsInput input, CancellationToken ct)
    {
        var saved = await sender.Send(new SaveAlertSettings(User.Id(), input.NearExpiryDays), ct);
        if (saved.IsSuccess) return Done("预警设置已保存");
        ModelState.AddResultErrors(saved);
        return await PageAsync(ct, settings: input);
    }

    [HttpPost("thresholds")]
    public async Task<IActionResult> Threshold(ThresholdInput input, CancellationToken ct)
    {
        var saved = await sender.Send(new SetLowStockThreshold(User.Id(), input.SkuCode, input.Threshold), ct);
        if (saved.IsSuccess) return Done("安全库存已保存");
        ModelState.AddResultErrors(saved);
        return await PageAsync(ct, threshold: input);
    }

    [HttpPost("thresholds/{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, CancellationToken ct)
    {
        var removed = await sender.Send(new RemoveLowStockThreshold(User.Id(), id), ct);
        return removed.IsNotFound ? NotFound() : Done("安全库存已删除");
    }

    private IActionResult Done(string message)
    {
        this.Flash(message);
        return Redirect("/merchant/stock/alerts");
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct, AlertSettingsInput? settings = null, ThresholdInput? threshold = null)
    {
        var view = await sender.Send(new GetStockAlerts(User.Id()), ct);
        return View("Index", new StockAlertsPage(view, settings ?? new AlertSettingsInput { NearExpiryDays = view.NearExpiryDays }, threshold ?? new ThresholdInput()));
    }
}
