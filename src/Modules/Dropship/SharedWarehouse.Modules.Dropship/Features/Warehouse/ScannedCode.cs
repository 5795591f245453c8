using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

/// What a scanned code is in one warehouse: an item's label, an order number, the outgoing tracking number, the buyer's
/// return waybill, a return label, or a label that was replaced (its task cancelled).
public enum CodeKind { None, Label, OrderNumber, TrackingNumber, ReturnWaybill, ReturnLabel, OldLabel }

/// Code is the normalised code (ScanCode); OrderId the order it belongs to; ReturnId the return case it names.
public sealed record ScannedCode(string Code, CodeKind Kind, Guid? OrderId = null, Guid? ReturnId = null);

/// Finds what a code is within a warehouse (its scope): codes of another warehouse are not found. Each kind has its own
/// index and is looked up on its own, one after another, rather than one query with an OR across columns and an EXISTS
/// over the lines, which would read every order of the warehouse.
internal static class CodeLookup
{
    public static async Task<ScannedCode> IdentifyAsync(DropshipDbContext db, Guid scope, string code, CancellationToken ct)
    {
        if (code.Length == 0) return new ScannedCode(code, CodeKind.None);
        var orders = db.Orders.AsNoTracking().Where(o => o.Scope == scope);

        var labelled = await db.Lines.AsNoTracking().Where(l => l.LabelId == code).Select(l => l.OrderId).ToListAsync(ct);
        if (labelled.Count > 0 && await orders.Where(o => labelled.Contains(o.Id)).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } byLabel)
            return new ScannedCode(code, CodeKind.Label, byLabel);
        if (await orders.Where(o => o.Number == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } byNumber)
            return new ScannedCode(code, CodeKind.OrderNumber, byNumber);
        if (await orders.Where(o => o.TrackingNumber == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } byTracking)
            return new ScannedCode(code, CodeKind.TrackingNumber, byTracking);
        if (await orders.Where(o => o.ReturnWaybill == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } byReturn)
            return new ScannedCode(code, CodeKind.ReturnWaybill, byReturn);
        var returns = db.Returns.AsNoTracking().Where(r => r.Scope == scope);
        if (await returns.Where(r => r.ReturnWaybill == code).Select(r => new { r.Id, r.OrderId }).FirstOrDefaultAsync(ct) is { } inspected)
            return new ScannedCode(code, CodeKind.ReturnWaybill, inspected.OrderId, inspected.Id);
        if (await returns.Where(r => r.ReturnLabelId == code).Select(r => new { r.Id, r.OrderId }).FirstOrDefaultAsync(ct) is { } returned)
            return new ScannedCode(code, CodeKind.ReturnLabel, returned.OrderId, returned.Id);
        var task = await db.Tasks.AsNoTracking().Where(t => t.LabelId == code).Select(t => new { t.OrderId }).FirstOrDefaultAsync(ct);
        if (task is not null && await orders.AnyAsync(o => o.Id == task.OrderId, ct)) return new ScannedCode(code, CodeKind.OldLabel, task.OrderId);
        return new ScannedCode(code, CodeKind.None);
    }
}

/// What a desk answers when a code names something it does not take: each says what the code is and where it belongs.
internal static class DeskAnswers
{
    /// "已发货于 …" in the display zone, as pages show times.
    public static Error Shipped(DropshipOrder order, DisplayTime display) => Error.Validation("Code", "订单 {0} 已发货于 {1}（{2} {3}）", order.Number,
        order.ShippedUtc is { } at ? display.Of(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "", order.CarrierName ?? "",
        order.TrackingNumber ?? "");

    public static Error ReturnWaybill(string orderNumber) => Error.Validation("Code", "这是退货单号：订单 {0} 的买家退货，请到退货台验收", orderNumber);

    public static Error ReturnLabel(string orderNumber) => Error.Validation("Code", "这是退货标签：订单 {0} 退回的商品，已验收", orderNumber);

    public static Error OldLabel(string code, string orderNumber) =>
        Error.Validation("Code", "标签 {0} 已作废：订单 {1} 的这件商品已重新安排拿货，请用新标签", code, orderNumber);

    public static Error Closed(string orderNumber) => Error.Validation("Code", "订单 {0} 已关闭", orderNumber);

    public static Task<string> NumberAsync(DropshipDbContext db, Guid orderId, CancellationToken ct) =>
        db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Number).FirstAsync(ct);
}
