using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Features.Markets;

/// Adds a floor to a market (FloorId null) or renames / re-orders one.
public sealed record SaveFloor(Guid MarketId, Guid? FloorId, string? Name, int? DisplayOrder) : ICommand<Guid>;

internal sealed class SaveFloorValidator : AbstractValidator<SaveFloor>
{
    public const int MinOrder = -99, MaxOrder = 999;

    public SaveFloorValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithText("请填写楼层名称").MaximumLength(Floor.MaxNameLength).WithText("楼层名称最多 {MaxLength} 个字");
        RuleFor(c => c.DisplayOrder).NotNull().WithText("请填写排序号")
            .InclusiveBetween(MinOrder, MaxOrder).WithText("排序号应为 -99 到 999 之间的整数");
    }
}

internal sealed class SaveFloorHandler(MarketsDbContext db, TimeProvider time) : IRequestHandler<SaveFloor, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveFloor c, CancellationToken ct)
    {
        var market = await db.Markets.Include(m => m.Floors).FirstOrDefaultAsync(m => m.Id == c.MarketId, ct);
        if (market is null) return Error.NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        if (c.FloorId is not { } floorId) return market.AddFloor(c.Name!, c.DisplayOrder!.Value, now);
        var changed = market.ChangeFloor(floorId, c.Name!, c.DisplayOrder!.Value, now);
        return changed.IsFailure ? Result<Guid>.Failure(changed.Errors) : floorId;
    }
}
