using System.Globalization;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.OfflineOrders;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Web;

/// One line as typed: strings, so whatever was typed is shown again after an error.
public sealed class OfflineLineInput
{
    public string? SkuCode { get; set; }
    public string? Quantity { get; set; }
    /// Yuan; blank = the SKU's retail price.
    public string? UnitPrice { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(SkuCode) && string.IsNullOrWhiteSpace(Quantity) && string.IsNullOrWhiteSpace(UnitPrice);
}

/// The "录入线下订单" form: only what the merchant may type (no shop, no buyer id, no status). The key is written into
/// the page when it is shown, so a replay of this form finds the order it made.
public sealed class OfflineOrderInput
{
    public const int MinRows = 5;

    public Guid IdempotencyKey { get; set; }
    public string? BuyerName { get; set; }
    public string? Phone { get; set; }
    public DeliveryMethod Delivery { get; set; } = DeliveryMethod.Express;
    public string? RegionCode { get; set; }
    public string? Detail { get; set; }
    public List<OfflineLineInput> Lines { get; set; } = [];
    public string? ShippingFee { get; set; }
    public string? Discount { get; set; }
    public InvoiceKind InvoiceKind { get; set; }
    public string? InvoiceTitle { get; set; }
    public string? TaxId { get; set; }
    public PayBy PayBy { get; set; } = PayBy.PaidOffline;
    public OfflinePayment? PaidBy { get; set; } = OfflinePayment.Cash;
    public string? PaymentReference { get; set; }
    public string? Message { get; set; }

    /// Blank rows are left out; the rest keep their form position so errors land next to them.
    internal KeyOfflineOrder ToCommand(Guid userId) => new(userId, IdempotencyKey, BuyerName, Phone, Delivery, RegionCode, Detail,
        Lines.Select((l, i) => (l, i)).Where(x => !x.l.IsBlank)
            .Select(x => new KeyedLine(x.i, x.l.SkuCode?.Trim(), Count(x.l.Quantity), string.IsNullOrWhiteSpace(x.l.UnitPrice) ? null : Fen(x.l.UnitPrice))).ToList(),
        Fen(ShippingFee), Fen(Discount), InvoiceKind, InvoiceTitle, TaxId, PayBy, PayBy == PayBy.PaidOffline ? PaidBy : null,
        PayBy == PayBy.PaidOffline ? PaymentReference : null, Message);

    /// Adds blank rows at the end (never in between: rows keep their positions, which errors refer to).
    public void Pad(int extra = 0)
    {
        var target = Math.Min(KeyedSale.MaxLines, Math.Max(MinRows, Lines.Count + extra));
        while (Lines.Count < target) Lines.Add(new OfflineLineInput());
    }

    /// Yuan with at most two decimals → fen; blank = 0; anything else (letters, 3 decimals) = −1, which the rules refuse.
    public static long Fen(string? yuan)
    {
        if (string.IsNullOrWhiteSpace(yuan)) return 0;
        return Money.TryParseYuan(yuan, out var fen) && Math.Abs(fen) <= KeyedSale.MaxAmountFen * 10 ? fen : -1;
    }

    /// A whole number, or 0 (refused by the rules) for anything else.
    public static int Count(string? text) => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}

public static class KeyedCancelReasons
{
    public static readonly string[] All = ["录入有误", "买家取消", "缺货", "其他原因"];
}

/// The form with the shop's approved SKUs (a pick list and the default prices) and the totals of what was typed.
public sealed record OfflineOrderPage(OfflineOrderInput Input, IReadOnlyList<SkuInfo> Skus)
{
    private SkuInfo? Sku(OfflineLineInput l) => Skus.FirstOrDefault(s => string.Equals(s.Code, l.SkuCode?.Trim(), StringComparison.Ordinal));

    /// The typed price, or the SKU's retail price when left blank; null when it cannot be known (yet).
    public long? UnitPriceFen(OfflineLineInput l) =>
        string.IsNullOrWhiteSpace(l.UnitPrice) ? Sku(l)?.RetailPriceFen : OfflineOrderInput.Fen(l.UnitPrice) is var f and >= 0 ? f : null;

    public long? AmountFen(OfflineLineInput l) =>
        UnitPriceFen(l) is { } p && OfflineOrderInput.Count(l.Quantity) is var q and > 0 ? p * q : null;

    public string? ProductOf(OfflineLineInput l) => Sku(l) is { } s ? $"{s.ProductName} {s.SpecText}".Trim() : null;

    public long GoodsFen => Input.Lines.Sum(l => AmountFen(l) ?? 0);
    public long ShippingFen => Math.Max(0, OfflineOrderInput.Fen(Input.ShippingFee));
    public long DiscountFen => Math.Max(0, OfflineOrderInput.Fen(Input.Discount));
    public long TotalFen => GoodsFen + ShippingFen - DiscountFen;
}
