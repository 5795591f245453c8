using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Dropship.Features.Intake;

public sealed record SavedOrder(Guid OrderId, string Number);

/// What became of one order of a saved batch: created (Saved), already received (Duplicate), or refused (Errors).
public sealed record SaveOutcome(IntakeOutcome Outcome, SavedOrder? Saved, IReadOnlyList<Error> Errors);

/// Saves a batch of incoming orders in one unit of work: each order is checked on its own (a bad one never blocks
/// the rest), the external ids already received are found by one query, and every new order is inserted by the one
/// SaveChanges of the unit of work. An external id seen earlier in the same batch is a duplicate as well.
/// Answers one outcome per order, in the batch's order.
public sealed record SaveIncomingOrders(Guid ShopId, IReadOnlyList<IncomingOrder> Orders) : ICommand<IReadOnlyList<SaveOutcome>>;

internal sealed class SaveIncomingOrdersHandler(DropshipDbContext db, IRegionCatalog regions) : IRequestHandler<SaveIncomingOrders, Result<IReadOnlyList<SaveOutcome>>>
{
    /// pg_advisory_xact_lock's first key: "intake" in the dropship module; the second is the shop's.
    private const int IntakeLockClass = 0x44530001;

    public async Task<Result<IReadOnlyList<SaveOutcome>>> Handle(SaveIncomingOrders c, CancellationToken ct)
    {
        var checkedOrders = c.Orders.Select(o => IncomingOrderRules.Check(o, regions)).ToList();
        await SerializeWithOtherBatchesOfTheShopAsync(c.ShopId, ct);
        var ids = checkedOrders.Where(x => x.Errors.Count == 0).Select(x => x.ExternalId).Distinct().ToList();
        // Checked here for a clear answer; the unique index refuses a concurrent duplicate (ReceiveDropshipOrders saves again).
        var received = (await db.Orders.Where(x => x.ShopId == c.ShopId && ids.Contains(x.ExternalOrderId)).Select(x => x.ExternalOrderId)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ShopId == c.ShopId, ct);
        var mode = account?.Mode ?? DropshipMode.OwnTeam;
        var now = db.Now();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<SaveOutcome>(c.Orders.Count);
        for (var i = 0; i < c.Orders.Count; i++)
        {
            var (externalId, errors, lines) = checkedOrders[i];
            if (errors.Count > 0) { outcomes.Add(Refused(errors)); continue; }
            // Platform dropship holds money on the declared prices: a line without one would bounce at the first stall.
            if (mode == DropshipMode.Platform && lines.FirstOrDefault(l => l.DeclaredUnitFen == 0) is { } unpriced)
            {
                outcomes.Add(Refused([Error.Validation($"Lines[{lines.IndexOf(unpriced)}].DeclaredPrice", "平台代发须填写申报拿货价")]));
                continue;
            }
            if (!received.Add(externalId)) { outcomes.Add(new SaveOutcome(IntakeOutcome.Duplicate, null, [])); continue; }
            var o = c.Orders[i];
            string number;
            do number = NewNumber(now); while (!numbers.Add(number));
            var order = DropshipOrder.Receive(c.ShopId, mode, number, externalId, o.Channel ?? "",
                new Receiver(o.ReceiverName!, RecipientPhone.Normalize(o.ReceiverPhone!), o.ReceiverRegionCode!, o.ReceiverAddress!), o.BuyerMessage, lines, now);
            if (order.IsFailure) { received.Remove(externalId); outcomes.Add(Refused(order.Errors)); continue; }
            db.Orders.Add(order.Value);
            outcomes.Add(new SaveOutcome(IntakeOutcome.Created, new SavedOrder(order.Value.Id, order.Value.Number), []));
        }
        return outcomes;
    }

    private static SaveOutcome Refused(IReadOnlyList<Error> errors) => new(IntakeOutcome.Rejected, null, errors);

    /// Two batches of one shop (a downloader's retry while the first is still saving, a file imported twice) would
    /// otherwise both find an external id new and the later one would fail on the unique index: on PostgreSQL the
    /// second waits here until the first commits, then sees its orders as duplicates. SQLite transactions already
    /// take the write lock when they begin.
    private async Task SerializeWithOtherBatchesOfTheShopAsync(Guid shopId, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({IntakeLockClass}, {shopId.GetHashCode()})", ct);
    }

    /// "DS" + date + 8 random digits: unique index behind it, readable on a label.
    private static string NewNumber(DateTime now) => $"DS{now:yyMMdd}{RandomNumberGenerator.GetInt32(0, 100_000_000):D8}";
}

/// The rules every incoming order must meet, whichever way it came (the JSON API or a file import). Field names are
/// the IncomingOrder's (Lines[i].Field for a line); the API names them as its JSON does.
internal static class IncomingOrderRules
{
    public sealed record Checked(string ExternalId, IReadOnlyList<Error> Errors, List<DropshipLine> Lines);

    public static Checked Check(IncomingOrder o, IRegionCatalog regions)
    {
        var errors = new List<Error>();
        var externalId = o.ExternalOrderId?.Trim() ?? "";
        if (externalId.Length is 0 or > 64) errors.Add(Error.Validation(nameof(o.ExternalOrderId), "外部订单号必填（64 字以内）"));
        if ((o.Channel?.Trim().Length ?? 0) > 40) errors.Add(Error.Validation(nameof(o.Channel), "来源店铺不能超过 40 字"));
        if (string.IsNullOrWhiteSpace(o.ReceiverName) || o.ReceiverName.Trim().Length > 30) errors.Add(Error.Validation(nameof(o.ReceiverName), "收件人必填（30 字以内）"));
        if (!RecipientPhone.IsValid(o.ReceiverPhone)) errors.Add(Error.Validation(nameof(o.ReceiverPhone), "收件人电话不正确（手机号、带分机的虚拟号或带区号的座机）"));
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
        return new Checked(externalId, errors, lines);
    }
}
