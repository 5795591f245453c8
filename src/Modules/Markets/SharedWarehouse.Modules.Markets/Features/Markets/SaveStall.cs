using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Markets.Features.Markets;

/// Adds a stall to a market (StallId null) or changes one; the stall is always looked up within its market.
public sealed record SaveStall(Guid MarketId, Guid? StallId, Guid? FloorId, string? Number, string? ContactName, string? ContactPhone) : ICommand<Guid>;

internal sealed class SaveStallValidator : AbstractValidator<SaveStall>
{
    public SaveStallValidator()
    {
        RuleFor(c => c.FloorId).NotNull().WithText("请选择楼层");
        RuleFor(c => c.Number).NotEmpty().WithText("请填写档口号").MaximumLength(Stall.MaxNumberLength).WithText("档口号最多 {MaxLength} 个字符");
        RuleFor(c => c.ContactName).MaximumLength(Stall.MaxContactNameLength).WithText("联系人最多 {MaxLength} 个字");
        RuleFor(c => c.ContactPhone).Must(MainlandMobile.IsValid).When(c => !string.IsNullOrWhiteSpace(c.ContactPhone))
            .WithText("请填写 11 位手机号，或留空");
    }
}

internal sealed class SaveStallHandler(MarketsDbContext db, TimeProvider time) : IRequestHandler<SaveStall, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveStall c, CancellationToken ct)
    {
        var market = await db.Markets.Include(m => m.Floors).FirstOrDefaultAsync(m => m.Id == c.MarketId, ct);
        if (market is null) return Error.NotFound();
        var floorId = c.FloorId!.Value;
        if (!market.HasFloor(floorId)) return Error.Validation(nameof(SaveStall.FloorId), "请选择该市场的楼层");
        var number = MarketText.Normalize(c.Number!);
        if (await db.Stalls.AnyAsync(s => s.FloorId == floorId && s.NormalizedNumber == number && s.Id != c.StallId, ct))
            return Error.Validation(nameof(SaveStall.Number), "该楼层已有此档口号");
        var phone = string.IsNullOrWhiteSpace(c.ContactPhone) ? null : MainlandMobile.Normalize(c.ContactPhone);
        var details = new StallDetails(c.Number!, c.ContactName, phone);
        var now = time.GetUtcNow().UtcDateTime;
        if (c.StallId is not { } id)
        {
            var opened = Stall.Open(market, floorId, details, now);
            if (opened.IsFailure) return Result<Guid>.Failure(opened.Errors);
            db.Stalls.Add(opened.Value);
            return opened.Value.Id;
        }
        var stall = await db.Stalls.FirstOrDefaultAsync(s => s.Id == id && s.MarketId == c.MarketId, ct);
        if (stall is null) return Error.NotFound();
        var changed = stall.Change(market, floorId, details, now);
        return changed.IsFailure ? Result<Guid>.Failure(changed.Errors) : stall.Id;
    }
}
