using System.Globalization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// Out of warranty: the merchant quotes parts and labour (yuan as typed) payable until a date (yyyy-MM-dd, China).
public sealed record QuoteRepair(Guid UserId, Guid RepairId, string? Parts, string? Labour, string? ValidUntil, string? Note) : ICommand;

internal sealed class QuoteRepairHandler(RepairDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time) : IRequestHandler<QuoteRepair, Result>
{
    public async Task<Result> Handle(QuoteRepair c, CancellationToken ct)
    {
        var errors = new List<Error>();
        var parts = 0L;
        if (!string.IsNullOrWhiteSpace(c.Parts) && !Money.TryParseYuan(c.Parts, out parts)) errors.Add(Error.Validation("Parts", "请输入正确的金额，最多两位小数"));
        if (!Money.TryParseYuan(c.Labour, out var labour)) errors.Add(Error.Validation("Labour", "请输入正确的金额，最多两位小数"));
        if (!DateOnly.TryParseExact(c.ValidUntil?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
            errors.Add(Error.Validation("ValidUntil", "请选择报价有效期"));
        if (errors.Count > 0) return Result.Failure(errors);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.RepairId, ct),
            r => r.Quote(c.UserId, parts, labour, until, ChinaTime.Today(time), ChinaTime.StartUtc(until.AddDays(1)), c.Note, now), ct);
    }
}
