using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

public sealed record ReturnStocktake(Guid UserId, Guid StocktakeId, string? Reason) : ICommand;

internal sealed class ReturnStocktakeValidator : AbstractValidator<ReturnStocktake>
{
    public ReturnStocktakeValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithText("请填写退回原因").MaximumLength(Stocktake.MaxReasonLength).WithText("原因最多 {MaxLength} 个字");
}

internal sealed class ReturnStocktakeHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<ReturnStocktake, Result>
{
    public async Task<Result> Handle(ReturnStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet
            ? sheet.Return(c.UserId, c.Reason!, time.GetUtcNow().UtcDateTime) : Error.NotFound();
}
