using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

/// Initialises the owner's decoration from a built-in template, or switches the draft to another template
/// (the content is kept). The merchant confirms explicitly: the layout buyers get changes with the next publish.
public sealed record ChooseTemplate(Guid OwnerId, string? TemplateKey, bool Confirm) : ICommand;

internal sealed class ChooseTemplateValidator : AbstractValidator<ChooseTemplate>
{
    public ChooseTemplateValidator()
    {
        RuleFor(c => c.TemplateKey).Must(ShopTemplates.Exists).WithText("请选择店铺模板");
        RuleFor(c => c.Confirm).Equal(true).WithText("请勾选确认后再使用该模板");
    }
}

internal sealed class ChooseTemplateHandler(MerchantsDbContext db, TimeProvider time) : IRequestHandler<ChooseTemplate, Result>
{
    public async Task<Result> Handle(ChooseTemplate command, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var shopId = await db.ActingShopIdAsync(command.OwnerId, ct);
        if (shopId is null) return Error.NotFound();
        var decoration = await db.Decorations.FirstOrDefaultAsync(d => d.ShopId == shopId, ct);
        if (decoration is not null) return decoration.ChooseTemplate(command.TemplateKey!, now);
        var started = ShopDecoration.Start(shopId.Value, command.TemplateKey!, now);
        if (started.IsFailure) return started;
        db.Decorations.Add(started.Value);
        return Result.Success();
    }
}
