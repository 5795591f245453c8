using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Alerts;

public sealed record SaveAlertSettings(Guid UserId, int? NearExpiryDays) : ICommand;

internal sealed class SaveAlertSettingsValidator : AbstractValidator<SaveAlertSettings>
{
    public SaveAlertSettingsValidator() => RuleFor(c => c.NearExpiryDays).NotNull().WithText("请填写临期提醒天数");
}

internal sealed class SaveAlertSettingsHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<SaveAlertSettings, Result>
{
    public async Task<Result> Handle(SaveAlertSettings c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var now = time.GetUtcNow().UtcDateTime;
        var settings = await db.AlertSettings.FirstOrDefaultAsync(s => s.ShopId == shop, ct);
        if (settings is not null) return settings.Change(c.NearExpiryDays!.Value, now);
        var created = StockAlertSettings.Create(shop, c.NearExpiryDays!.Value, now);
        if (created.IsFailure) return created;
        db.AlertSettings.Add(created.Value);
        return Result.Success();
    }
}
