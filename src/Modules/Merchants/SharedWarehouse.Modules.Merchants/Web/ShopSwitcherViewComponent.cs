using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Team;

namespace SharedWarehouse.Modules.Merchants.Web;

/// The back office's top bar names the shop the person acts for; one on several teams switches from it.
public sealed class ShopSwitcherViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!UserClaimsPrincipal.WorksForAShop()) return Content("");
        var shops = await sender.Send(new ListMyShops(UserClaimsPrincipal.Id()), HttpContext.RequestAborted);
        return shops.Count == 0 ? Content("") : View(shops);
    }
}
