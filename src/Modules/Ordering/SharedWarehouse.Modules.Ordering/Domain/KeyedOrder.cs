using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// Online = placed by a buyer at checkout; MerchantKeyed = keyed in at the order desk for an offline buyer
/// (phone, walk-in, wholesale), who has no platform account.
/// ConsignmentPurchase = a reseller's purchase from a supplier (代销采购单) for a buyer's paid consignment lines (ADR 9).
public enum OrderSource { Online = 0, MerchantKeyed = 1, ConsignmentPurchase = 2 }

/// How an offline buyer paid before the order was keyed in.
public enum OfflinePayment { Cash = 1, Transfer = 2 }

/// One keyed line's money as typed: Row is the line's position in the form, so an error lands next to it.
public sealed record KeyedAmount(int Row, long UnitPriceFen, int Quantity);

/// The money rules of a merchant-keyed order: negotiated unit prices (never negative), 1..MaxQuantity per line,
/// a shipping fee ≥ 0 and a discount between 0 and the goods total. Total = lines + shipping − discount, in fen.
public static class KeyedSale
{
    public const int MaxLines = 30;
    public const int MaxQuantity = 9999;
    /// A typo guard (¥1,000,000 per unit or fee) that also keeps every product far from overflowing a long.
    public const long MaxAmountFen = 100_000_000;

    public static List<Error> CheckLines(IReadOnlyList<KeyedAmount> lines)
    {
        var errors = new List<Error>();
        if (lines.Count == 0) errors.Add(Error.Validation("Lines", "请至少录入一行商品"));
        if (lines.Count > MaxLines) errors.Add(Error.Validation("Lines", "一张订单最多 {0} 行商品", MaxLines));
        foreach (var l in lines)
        {
            if (l.Quantity is < 1 or > MaxQuantity) errors.Add(Error.Validation($"Lines[{l.Row}].Quantity", "数量应为 1 到 {0} 的整数", MaxQuantity));
            if (l.UnitPriceFen is < 0 or > MaxAmountFen) errors.Add(Error.Validation($"Lines[{l.Row}].UnitPrice", "单价应为 0 到 1000000 元之间的金额，最多两位小数"));
        }
        return errors;
    }

    public static List<Error> CheckCharges(long goodsFen, long shippingFen, long discountFen)
    {
        var errors = new List<Error>();
        if (shippingFen is < 0 or > MaxAmountFen) errors.Add(Error.Validation("ShippingFee", "运费应为 0 到 1000000 元之间的金额，最多两位小数"));
        if (discountFen < 0) errors.Add(Error.Validation("Discount", "优惠应为不小于 0 的金额，最多两位小数"));
        else if (discountFen > goodsFen) errors.Add(Error.Validation("Discount", "优惠不能超过商品金额 ¥{0}", Money.Yuan(goodsFen)));
        return errors;
    }

    public static long GoodsFen(IEnumerable<KeyedAmount> lines) => lines.Sum(l => l.UnitPriceFen * l.Quantity);

    public static long TotalFen(IReadOnlyList<KeyedAmount> lines, long shippingFen, long discountFen) => GoodsFen(lines) + shippingFen - discountFen;

}

/// The merchant-keyed part of the order: made by the merchant user for one shop, one sub-order, no platform buyer.
public sealed partial class Order
{
    public const int MaxPaymentReferenceLength = 60;

    public OrderSource Source { get; private set; }
    /// The merchant user who keyed the order in (null for online orders).
    public Guid? KeyedByUserId { get; private set; }
    public OfflinePayment? OfflinePayment { get; private set; }
    public string? PaymentReference { get; private set; }

    /// Offline buyers have no account: keyed orders carry no buyer id (Guid.Empty), so no buyer page ever lists them.
    public static readonly Guid NoBuyer = Guid.Empty;

    public sealed record KeyedRow(int Row, Line Line);

    public static Result<Order> KeyIn(Guid shopId, Guid by, Guid idempotencyKey, DeliveryMethod delivery, ShipTo shipTo, Invoice invoice, string? note,
        IReadOnlyList<KeyedRow> rows, long shippingFen, long discountFen, PayBy payBy, OfflinePayment? method, string? reference, DateTime now)
    {
        var amounts = rows.Select(r => new KeyedAmount(r.Row, r.Line.UnitPriceFen, r.Line.Quantity)).ToList();
        var errors = KeyedSale.CheckLines(amounts);
        if (errors.Count == 0) errors.AddRange(KeyedSale.CheckCharges(KeyedSale.GoodsFen(amounts), shippingFen, discountFen));
        if (rows.Any(r => r.Line.ShopId != shopId)) errors.Add(Error.Validation("Lines", "只能录入本店的商品"));
        if (payBy is not (PayBy.PaidOffline or PayBy.CashOnDelivery)) errors.Add(Error.Validation("PayBy", "请选择收款方式"));
        if (payBy == PayBy.PaidOffline && method is null) errors.Add(Error.Validation("PaidBy", "请选择线下收款方式"));
        reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (payBy == PayBy.PaidOffline && method == Domain.OfflinePayment.Transfer && reference is null)
            errors.Add(Error.Validation("PaymentReference", "转账请填写流水号"));
        if (reference?.Length > MaxPaymentReferenceLength) errors.Add(Error.Validation("PaymentReference", "流水号最多 {0} 个字", MaxPaymentReferenceLength));
        if (errors.Count > 0) return Result<Order>.Failure(errors);

        var opened = Open(NoBuyer, idempotencyKey, payBy, delivery, shipTo, invoice, note, rows.Select(r => r.Line).ToList(),
            new ShippingPolicy(0, 0), now, TimeSpan.Zero);
        if (opened.IsFailure) return opened;
        var order = opened.Value;
        order.Source = OrderSource.MerchantKeyed;
        order.KeyedByUserId = by;
        if (payBy == PayBy.PaidOffline) { order.OfflinePayment = method; order.PaymentReference = reference; }
        // The merchant's own fee, for pickup too (e.g. a delivery they arrange themselves): the typed fee, not the mall's policy.
        foreach (var s in order._subOrders) { s.PriceShipping(shippingFen); s.GiveDiscount(discountFen); }
        return order;
    }

    /// Nobody on the platform can confirm receipt of a keyed order, so its merchant does once every line has shipped
    /// (otherwise the auto-confirm job does after the configured days, as for any order).
    public Result DeliveredToOfflineBuyer(Guid shopId, Guid by, DateTime now)
    {
        if (Source != OrderSource.MerchantKeyed || _subOrders.All(s => s.ShopId != shopId)) return Error.NotFound();
        var shipped = _subOrders.Where(s => s.Status == OrderStatus.Shipped).ToList();
        if (shipped.Count == 0) return Error.Conflict("订单还未全部发货，暂不能确认送达");
        foreach (var s in shipped) Move(s, OrderStatus.Received, by, "商家确认已送达", now);
        return Result.Success();
    }
}
