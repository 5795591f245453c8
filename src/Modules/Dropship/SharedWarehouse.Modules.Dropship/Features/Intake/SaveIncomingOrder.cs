using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Dropship.Features.Intake;

public sealed record SavedOrder(Guid OrderId, string Number);

public sealed record SaveIncomingOrder(Guid ShopId, IncomingOrder Order) : ICommand<SavedOrder>;

internal sealed class SaveIncomingOrderHandler(DropshipDbContext db, IRegionCatalog regions) : IRequestHandler<SaveIncomingOrder, Result<SavedOrder>>
{
    public async Task<Result<SavedOrder>> Handle(SaveIncomingOrder c, CancellationToken ct)
    {
        var o = c.Order;
        var errors = new List<Error>();
        var externalId = o.ExternalOrderId?.Trim() ?? "";
        if (externalId.Length is 0 or > 64) errors.Add(Error.Validation(nameof(o.ExternalOrderId), "外部订单号必填（64 字以内）"));
        if ((o.Channel?.Trim().Length ?? 0) > 40) errors.Add(Error.Validation(nameof(o.Channel), "来源店铺不能超过 40 字"));
        if (string.IsNullOrWhiteSpace(o.ReceiverName) || o.ReceiverName.Trim().Length > 30) errors.Add(Error.Validation(nameof(o.ReceiverName), "收件人必填（30 字以内）"));
        if (!MainlandMobile.IsValid(o.ReceiverPhone)) errors.Add(Error.Validation(nameof(o.ReceiverPhone), "收件人手机号不正确"));
        if (!regions.IsDistrict(o.ReceiverRegionCode)) errors.Add(Error.Validation(nameof(o.ReceiverRegionCode), "收件地区须是区/县代码"));
        if (string.IsNullOrWhiteSpace(o.ReceiverAddress) || o.ReceiverAddress.Trim().Length > 120) errors.Add(Error.Validation(nameof(o.ReceiverAddress), "详细地址必填（120 字以内）"));
        if ((o.BuyerMessage?.Trim().Length ?? 0) > 200) errors.Add(Error.Validation(nameof(o.BuyerMessage), "买家留言不能超过 200 字"));
        var lines = new List<DropshipLine>();
        var incomingLines = o.Lines ?? [];
        for (var i = 0; i < incomingLines.Count; i++)
        {
            var l = incomingLines[i];
            var line = DropshipLine.Of(l.SkuCode ?? "", l.Title ?? "", l.Colour ?? "", l.Size ?? "", l.Quantity, l.DeclaredUnitFen);
            if (line.IsFailure) errors.AddRange(line.Errors.Select(e => Error.Validation($"Lines[{i}].{e.Field}", e.Message)));
            else lines.Add(line.Value);
        }
        if (errors.Count > 0) return Result<SavedOrder>.Failure(errors);

        // Checked here for a clear answer; the unique index refuses a concurrent duplicate (the unit of work turns it into a conflict).
        if (await db.Orders.AnyAsync(x => x.ShopId == c.ShopId && x.ExternalOrderId == externalId, ct))
            return Error.Conflict("该外部订单已导入", nameof(o.ExternalOrderId));
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ShopId == c.ShopId, ct);
        var mode = account?.Mode ?? DropshipMode.OwnTeam;
        // Platform dropship holds money on the declared prices: a line without one would bounce at the first stall.
        if (mode == DropshipMode.Platform && lines.FirstOrDefault(l => l.DeclaredUnitFen == 0) is { } unpriced)
            return Error.Validation($"Lines[{lines.IndexOf(unpriced)}].DeclaredPrice", "平台代发须填写申报拿货价");
        var now = db.Now();
        var received = DropshipOrder.Receive(c.ShopId, mode, NewNumber(now), externalId, o.Channel ?? "",
            new Receiver(o.ReceiverName!, MainlandMobile.Normalize(o.ReceiverPhone!), o.ReceiverRegionCode!, o.ReceiverAddress!), o.BuyerMessage, lines, now);
        if (received.IsFailure) return Result<SavedOrder>.Failure(received.Errors);
        db.Orders.Add(received.Value);
        return new SavedOrder(received.Value.Id, received.Value.Number);
    }

    /// "DS" + date + 8 random digits: unique index behind it, readable on a label.
    private static string NewNumber(DateTime now) => $"DS{now:yyMMdd}{RandomNumberGenerator.GetInt32(0, 100_000_000):D8}";
}
