using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Areas.Merchant.Controllers;

/// 批量上架 / 下架 / 提交审核 from the product list. Each product goes through the same command as its own button
/// (shop scope, state rules, its own transaction), so one that may not change — not approved yet, another shop's id
/// slipped into the form — is counted as not done and the others still are, as merchant consoles do it.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
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
        var ids = input.Ids.Distinct().ToList();
        if (input.Action is null || !Actions.TryGetValue(input.Action, out var action))
            this.Flash(Error.Validation("Action", "请选择要执行的操作"));
        else if (ids.Count == 0)
            this.Flash(Error.Validation("Ids", "请先勾选商品"));
        else if (ids.Count > ProductBatchInput.MaxProducts)
            this.Flash(Error.Validation("Ids", "一次最多处理 {0} 个商品", ProductBatchInput.MaxProducts));
        else
        {
            var done = 0;
            foreach (var id in ids)
                if ((await sender.Send(action.Command(User.Id(), id), ct)).IsSuccess) done++;
            if (done == ids.Count) this.Flash(action.Done, FlashKind.Success, done);
            else this.Flash("{0} 个成功，{1} 个未能处理（状态不允许，打开商品可查看原因）", FlashKind.Warning, done, ids.Count - done);
        }
        return Redirect(back);
    }
}
