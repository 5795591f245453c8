using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

/// The owner's stall codes in the import layout (one row per stall, rank 0 = primary), so a file exported,
/// edited and imported again changes exactly what was edited.
public sealed record ExportStallCodes(Guid OwnerId) : IQuery<byte[]>;

/// The header and one example row.
public sealed record GetStallCodeTemplate : IQuery<byte[]>;

internal sealed class ExportStallCodesHandler(MarketsDbContext db, IShopAccess shops)
    : IRequestHandler<ExportStallCodes, byte[]>, IRequestHandler<GetStallCodeTemplate, byte[]>
{
    public async Task<byte[]> Handle(ExportStallCodes query, CancellationToken ct)
    {
        var shopId = await shops.ActingShopIdAsync(query.OwnerId, ct) ?? Guid.Empty;
        var rows = await (
            from code in db.StallCodes.AsNoTracking()
            where code.ShopId == shopId
            join option in db.StallCodeOptions.AsNoTracking() on code.Id equals option.StallCodeId
            join stall in StallDirectory.StallRows(db) on option.StallId equals stall.StallId
            select new { code.Code, code.NormalizedCode, stall.MarketName, stall.FloorName, stall.StallNumber, option.StyleNumber, option.Rank })
            .ToListAsync(ct);
        var lines = rows.OrderBy(r => r.NormalizedCode, StringComparer.Ordinal).ThenBy(r => r.Rank)
            .Select(r => new object?[] { r.Code, r.MarketName, r.FloorName, r.StallNumber, r.StyleNumber ?? "", r.Rank });
        return StallCodeSheet.Write(lines);
    }

    public Task<byte[]> Handle(GetStallCodeTemplate query, CancellationToken ct) =>
        Task.FromResult(StallCodeSheet.Write(Seeding.TemplateExample.Rows));
}
