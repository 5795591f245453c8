using SharedWarehouse.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Addresses;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.Modules.Ordering.Features.Reviews;

namespace SharedWarehouse.Modules.Ordering.Web;

public sealed class AddToCartInput
{
    public Guid SkuId { get; set; }
    public int Quantity { get; set; } = 1;
    public string? ReturnUrl { get; set; }
    /// "checkout" for 立即购买 (straight to checkout once added); anything else shows the cart.
    public string? Then { get; set; }
    public bool BuyNow => string.Equals(Then, "checkout", StringComparison.Ordinal);
}

public sealed class AddressInput
{
    public string? Recipient { get; set; }
    public string? Phone { get; set; }
    public string? RegionCode { get; set; }
    public string? Detail { get; set; }
    public bool MakeDefault { get; set; }
    public string? ReturnUrl { get; set; }

    internal AddAddress ToCommand(Guid buyerId) => new(buyerId, Recipient, Phone, RegionCode, Detail, MakeDefault);
}

/// The checkout form; the key is written into the page when it is shown, so a replay of this form is recognised.
public sealed class CheckoutInput
{
    public Guid IdempotencyKey { get; set; }
    public Guid? AddressId { get; set; }
    public DeliveryMethod Delivery { get; set; } = DeliveryMethod.Express;
    public PayBy PayBy { get; set; } = PayBy.Online;
    public InvoiceKind InvoiceKind { get; set; }
    public string? InvoiceTitle { get; set; }
    public string? TaxId { get; set; }
    public string? Message { get; set; }

    internal PlaceOrder ToCommand(Guid buyerId) => new(buyerId, IdempotencyKey, AddressId, Delivery, PayBy, InvoiceKind, InvoiceTitle, TaxId, Message);
}

public sealed record CheckoutPage(CartView Cart, IReadOnlyList<AddressRow> Addresses, CheckoutInput Input, OrderingOptions Options)
{
    public long ShippingFen(CartShop shop) => Options.Shipping.FeeFor(Input.Delivery, shop.GoodsFen);
    public long TotalFen => Cart.Shops.Sum(s => s.GoodsFen + ShippingFen(s));
}

public sealed class CancelInput
{
    public string? Reason { get; set; }
}

public static class OrderLabels
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingPayment => "待付款",
        OrderStatus.ToShip => "待发货",
        OrderStatus.PartiallyShipped => "部分发货",
        OrderStatus.Shipped => "已发货",
        OrderStatus.Received => "已收货",
        OrderStatus.Cancelled => "已取消",
        OrderStatus.Failed => "下单失败",
        _ => "处理中",
    };

    public static string Of(PayBy payBy) => payBy switch
    {
        PayBy.Online => "在线支付", PayBy.PaidOffline => "已线下收款", PayBy.Consignment => "代销结算", _ => "货到付款",
    };
    public static string Of(OfflinePayment p) => p == OfflinePayment.Cash ? "现金" : "银行转账";

    /// What a buyer may choose at checkout (PaidOffline is only for orders a merchant keys in).
    public static readonly PayBy[] CheckoutPayments = [PayBy.Online, PayBy.CashOnDelivery];
    public static string Of(DeliveryMethod d) => d == DeliveryMethod.Express ? "快递配送" : "到店自提";
    public static string Of(InvoiceKind k) => k switch { InvoiceKind.Personal => "个人发票", InvoiceKind.Company => "企业发票", _ => "不开发票" };

    /// Local "safe" return: only a path on this site (no scheme, no //host), else the fallback.
    public static string LocalOr(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : fallback;

    public static readonly string[] CancelReasons = ["不想买了", "信息填写错误，重新下单", "卖家缺货", "其他原因"];
}

/// The ship form: carrier, optional tracking number (blank = ask the courier for a waybill), a quantity per line.
public sealed class ShipInput
{
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public Dictionary<Guid, string?> Quantities { get; set; } = [];

    internal (Dictionary<Guid, int> Quantities, List<Guid> Invalid) Parse()
    {
        var parsed = new Dictionary<Guid, int>();
        var invalid = new List<Guid>();
        foreach (var (line, text) in Quantities)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (int.TryParse(text.Trim(), out var n) && n >= 0) parsed[line] = n;
            else invalid.Add(line);
        }
        return (parsed, invalid);
    }

    public static string Key(Guid lineId) => $"Quantities[{lineId}]";
}

public sealed record DeskPage(Features.Desk.DeskSubOrder Sub, ShipInput Ship, IReadOnlyList<Courier.Contracts.CarrierInfo> Carriers);

/// The review form. Browsers never refill file inputs, so after an error the buyer picks the photos again;
/// rating and text are kept.
public sealed class ReviewInput
{
    public int? Rating { get; set; }
    public string? Text { get; set; }
    public List<IFormFile>? Images { get; set; }

    internal async Task<WriteReview> ToCommandAsync(Guid buyerId, Guid lineId, CancellationToken ct) =>
        new(buyerId, lineId, Rating, Text, await PhotoForm.ReadAsync(Images, ct));
}
