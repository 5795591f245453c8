using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Setup;

/// The admin sets whether a category allows 七天无理由退货 (one of NoReasonReturnChoices, as the form posts it).
public sealed record SetCategoryNoReasonReturns(Guid CategoryId, string? NoReasonReturns) : ICommand;

/// The form's three choices; anything else is a tampered or stale form and is refused.
public static class NoReasonReturnChoices
{
    public const string Inherit = "inherit", Allowed = "allowed", Refused = "refused";
    public static readonly IReadOnlyList<string> All = [Inherit, Allowed, Refused];

    public static bool? Setting(string choice) => choice switch { Allowed => true, Refused => false, _ => null };

    public static string Of(bool? setting) => setting switch { true => Allowed, false => Refused, null => Inherit };
}

internal sealed class SetCategoryNoReasonReturnsValidator : AbstractValidator<SetCategoryNoReasonReturns>
{
    public SetCategoryNoReasonReturnsValidator() =>
        RuleFor(c => c.NoReasonReturns).Must(v => v is not null && NoReasonReturnChoices.All.Contains(v)).WithText("请选择七天无理由退货设置");
}

internal sealed class SetCategoryNoReasonReturnsHandler(CatalogDbContext db, CatalogReferenceCache cache) : IRequestHandler<SetCategoryNoReasonReturns, Result>
{
    public async Task<Result> Handle(SetCategoryNoReasonReturns command, CancellationToken ct)
    {
        // The admin page shows the setting from the cached tree.
        cache.Invalidate();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == command.CategoryId, ct);
        if (category is null) return Error.NotFound();
        category.SetNoReasonReturns(NoReasonReturnChoices.Setting(command.NoReasonReturns!));
        return Result.Success();
    }
}
