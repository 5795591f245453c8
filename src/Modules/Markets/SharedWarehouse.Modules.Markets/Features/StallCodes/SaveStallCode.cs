using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

/// One row of the form: row 0 is the primary stall, the rest alternates in rank order; empty rows are skipped.
public sealed record StallChoiceInput(Guid? StallId, string? StyleNumber);

/// Creates (StallCodeId null) or changes one of the owner's stall codes.
public sealed record SaveStallCode(Guid OwnerId, Guid? StallCodeId, string? Code, IReadOnlyList<StallChoiceInput> Options) : ICommand<Guid>;

internal sealed class SaveStallCodeValidator : AbstractValidator<SaveStallCode>
{
    public SaveStallCodeValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithText("请填写商家编码").MaximumLength(StallCode.MaxCodeLength).WithText("商家编码最多 {MaxLength} 个字符");
        RuleFor(c => c.Options).Must(o => o.Count <= StallCode.MaxOptions).WithText("最多 5 个档口（1 个主档口和 4 个备选）");
        RuleForEach(c => c.Options).ChildRules(row =>
        {
            row.RuleFor(r => r.StallId).NotNull().When(r => !string.IsNullOrWhiteSpace(r.StyleNumber)).WithText("填写了款号，请选择档口");
            row.RuleFor(r => r.StyleNumber).MaximumLength(StallCode.MaxStyleNumberLength).WithText("款号最多 {MaxLength} 个字符");
        });
        // Next to the row's stall select: the primary must be chosen, and a stall may appear once.
        RuleFor(c => c).Custom((c, context) =>
        {
            if (c.Options.Count == 0 || c.Options[0].StallId is null)
                context.AddFailure("Options[0].StallId", TextCatalog.Translate("请选择主档口"));
            for (var i = 1; i < c.Options.Count; i++)
                if (c.Options[i].StallId is { } id && c.Options.Take(i).Any(o => o.StallId == id))
                    context.AddFailure($"Options[{i}].StallId", TextCatalog.Translate("同一档口不能重复选择"));
        });
    }
}

internal sealed class SaveStallCodeHandler(MarketsDbContext db, IShopAccess shops, TimeProvider time)
    : IRequestHandler<SaveStallCode, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveStallCode c, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(c.OwnerId, ct) is not { } shopId) return ShopErrors.NoShop;
        var choices = c.Options.Where(o => o.StallId is not null).Select(o => new StallChoice(o.StallId!.Value, o.StyleNumber)).ToList();
        var stallIds = choices.Select(o => o.StallId).ToList();
        var known = await db.Stalls.Where(s => stallIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        for (var i = 0; i < c.Options.Count; i++)
            if (c.Options[i].StallId is { } id && !known.Contains(id)) return Error.Validation($"Options[{i}].StallId", "找不到该档口");

        var normalized = MarketText.Normalize(c.Code!);
        if (await db.StallCodes.AnyAsync(s => s.ShopId == shopId && s.NormalizedCode == normalized && s.Id != c.StallCodeId, ct))
            return Error.Validation(nameof(SaveStallCode.Code), "本店已有该商家编码的档口设置");
        var now = time.GetUtcNow().UtcDateTime;
        if (c.StallCodeId is not { } codeId)
        {
            var created = StallCode.Create(shopId, c.Code!, choices, now);
            if (created.IsFailure) return Result<Guid>.Failure(created.Errors);
            db.StallCodes.Add(created.Value);
            return created.Value.Id;
        }
        // Loaded by (id AND the owner's shop): another shop's id is simply not found.
        var existing = await db.StallCodes.Include(s => s.Options).FirstOrDefaultAsync(s => s.Id == codeId && s.ShopId == shopId, ct);
        if (existing is null) return Error.NotFound();
        var changed = existing.Change(c.Code!, choices, now);
        return changed.IsFailure ? Result<Guid>.Failure(changed.Errors) : existing.Id;
    }
}
