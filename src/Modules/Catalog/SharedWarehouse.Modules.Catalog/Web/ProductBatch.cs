using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Web;

/// A batch from a product list (the merchant's 上架/下架/提交审核, the reviewer's 批量通过): each product goes through
/// the same command as its own button — scope, state rules, its own transaction — so one that may not change is
/// counted as not done and the others still are, as merchant consoles do it.
internal static class ProductBatch
{
    /// At most one page of a list.
    public const int MaxProducts = 100;

    /// Runs the command for each distinct ticked product and flashes the outcome (or why the ticked set was refused:
    /// nothing ticked, more than a page).
    public static async Task RunAsync(Controller controller, ISender sender, IReadOnlyCollection<Guid> ticked, Func<Guid, ICommand> command,
        string allDone, CancellationToken ct)
    {
        var ids = ticked.Distinct().ToList();
        if (ids.Count == 0) { controller.Flash(Error.Validation("Ids", "请先勾选商品")); return; }
        if (ids.Count > MaxProducts) { controller.Flash(Error.Validation("Ids", "一次最多处理 {0} 个商品", MaxProducts)); return; }
        var done = 0;
        foreach (var id in ids)
            if ((await sender.Send(command(id), ct)).IsSuccess) done++;
        if (done == ids.Count) controller.Flash(allDone, FlashKind.Success, done);
        else controller.Flash("{0} 个成功，{1} 个未能处理（状态不允许，打开商品可查看原因）", FlashKind.Warning, done, ids.Count - done);
    }
}
