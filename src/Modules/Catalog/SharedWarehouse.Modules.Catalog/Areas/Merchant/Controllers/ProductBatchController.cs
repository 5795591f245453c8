using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Areas.Merchant.Controllers;

/// 批量上架 / 下架 / 提交审核 from the product list (see ProductBatch for how a batch runs).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Products)]
[Route("merchant/products/batch")]
public sealed class ProductBatchController(ISender sender) : Controller
{
    private static readonly Dictionary<string, (Func<Guid, Guid, ICommand> Command, string Done)> Actions = new(StringComparer.Ordinal)
    {
        ["list"] = ((owner, id) => new ListProduct(owner, id), "{0} 个商品已上架"),
        ["delist"] = ((owner, id) => new DelistProduct(owner, id), "{0} 个商品已下架"),
        ["submit"] = ((owner, id) => new SubmitProduct(owner, id), "{0} 个商品已提交审核"),
    };

    [HttpPost("")]
    public async Task<IActionResult> Apply(ProductBatchInput input, CancellationToken ct)
    {
        var back = Url.IsLocalUrl(input.ReturnUrl) && input.ReturnUrl!.StartsWith("/merchant/products", StringComparison.Ordinal) ? input.ReturnUrl : "/merchant/products";
        if (input.Action is null || !Actions.TryGetValue(input.Action, out var action))
            this.Flash(Error.Validation("Action", "请选择要执行的操作"));
        else
            await ProductBatch.RunAsync(this, sender, input.Ids, id => action.Command(User.Id(), id), action.Done, ct);
        return Redirect(back);
    }
}
