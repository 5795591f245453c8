using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Features.Markets;

/// Adds a market (MarketId null) or changes one, from the admin console.
public sealed record SaveMarket(Guid? MarketId, string? Name, string? RegionCode, string? Address, string? Note) : ICommand<Guid>;

internal sealed class SaveMarketValidator : AbstractValidator<SaveMarket>
{
    public SaveMarketValidator(IRegionCatalog regions)
    {
        RuleFor(c => c.Name).NotEmpty().WithText("请填写市场名称").MaximumLength(Market.MaxNameLength).WithText("市场名称最多 {MaxLength} 个字");
        RuleFor(c => c.RegionCode).Must(regions.IsDistrict).WithText("请选择市场所在省、市、区");
        RuleFor(c => c.Address).NotEmpty().WithText("请填写详细地址").MaximumLength(Market.MaxAddressLength).WithText("详细地址最多 {MaxLength} 个字");
        RuleFor(c => c.Note).MaximumLength(Market.MaxNoteLength).WithText("备注最多 {MaxLength} 个字");
    }
}

internal sealed class SaveMarketHandler(MarketsDbContext db, TimeProvider time) : IRequestHandler<SaveMarket, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveMarket c, CancellationToken ct)
    {
        var normalized = MarketText.Normalize(c.Name!);
        if (await db.Markets.AnyAsync(m => m.NormalizedName == normalized && m.Id != c.MarketId, ct))
            return Error.Validation(nameof(SaveMarket.Name), "已有同名的市场");
        var details = new MarketDetails(c.Name!, c.RegionCode!, c.Address!, c.Note);
        var now = time.GetUtcNow().UtcDateTime;
        if (c.MarketId is not { } id)
        {
            var market = Market.Open(details, now);
            db.Markets.Add(market);
            return market.Id;
        }
        var existing = await db.Markets.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (existing is null) return Error.NotFound();
        existing.Change(details, now);
        return existing.Id;
    }
}
