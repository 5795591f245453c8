using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Resolve;

/// Sends the line back to the filter; a corrected price also asks for a new hold (the next version).
public sealed record ReissueLine(ResolveDropshipLine Request) : ICommand;

internal sealed class ReissueLineHandler(DropshipDbContext db, TimeProvider time) : IRequestHandler<ReissueLine, Result>
{
    public async Task<Result> Handle(ReissueLine command, CancellationToken ct)
    {
        var c = command.Request;
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == c.OrderId && o.ShopId == c.ShopId, ct);
        var line = order?.Line(c.LineId);
        if (order is null || line is null) return Error.NotFound();
        if (order.IsFinished) return Error.Conflict("订单已结束");
        var today = ChinaTime.Today(time);
        Result result;
        switch (c.Resolution)
        {
            case Resolution.SwitchStall when c.StallId is null:
                return Error.Validation("StallId", "请选择档口");
            case Resolution.SwitchStall:
                result = line.Reissue(c.StallId, null);
                break;
            case Resolution.Requeue when c.Day is not { } day || day <= today || day > today.AddDays(60):
                return Error.Validation("Day", "请选择明天到 60 天之内的日期");
            case Resolution.Requeue:
                result = line.Reissue(null, c.Day);
                break;
            case Resolution.CorrectPrice when c.DeclaredUnitFen is not { } price || price <= 0:
                return Error.Validation("DeclaredPrice", "请填写正确的拿货价");
            case Resolution.CorrectPrice when line.QuotedUnitFen is { } quoted && c.DeclaredUnitFen < quoted:
                return Error.Validation("DeclaredPrice", "申报价不能低于档口实际价 {0} 元", Money.Yuan(line.QuotedUnitFen.Value));
            case Resolution.CorrectPrice:
                if (line.Status != LineStatus.PriceAboveDeclared) return Error.Conflict("该商品行没有价格问题");
                result = line.Declare(c.DeclaredUnitFen!.Value);
                if (result.IsSuccess) result = line.Reissue(null, null);
                if (result.IsSuccess && order.Mode == DropshipMode.Platform && order.HoldPlaced) order.ReplaceHold();
                break;
            default:
                return Error.Validation("Resolution", "请选择处理方式");
        }
        if (result.IsFailure) return result;
        if (line.TaskId is { } taskId && await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is { } task) task.Cancel();
        return Result.Success();
    }
}
