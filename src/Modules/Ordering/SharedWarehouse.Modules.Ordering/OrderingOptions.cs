using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering;

/// "Ordering" configuration section; the defaults are what a typical mall uses.
public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// An unpaid online order is cancelled, and its stock released, this long after it was placed.
    [Range(1, 7 * 24 * 60)]
    public int PaymentWindowMinutes { get; set; } = 30;
    /// Reservations outlive the payment deadline by this much, so the deadline job (not the reservation
    /// expiry) is what releases an unpaid order's stock, and a payment just before the deadline finds it held.
    [Range(0, 24 * 60)]
    public int ReservationGraceMinutes { get; set; } = 15;
    [Range(0, 1_000_000)]
    public long ExpressFeeFen { get; set; } = 1000;
    [Range(0, 100_000_000)]
    public long FreeShippingFromFen { get; set; } = 9900;
    /// A shipped order the buyer has not confirmed is confirmed automatically this many days after its last parcel left.
    [Range(1, 90)]
    public int AutoConfirmDays { get; set; } = 10;
    /// Province code prefixes couriers treat as remote (新疆, 西藏, 青海, 内蒙古, 甘肃, 宁夏, 海南): the desk filters them.
    public string[] RemoteProvinces { get; set; } = ["65", "54", "63", "15", "62", "64", "46"];

    /// The platform's commission on a consignment sale, in basis points of the retail total (500 = 5 %; ADR 9).
    [Range(0, 10_000)]
    public int ConsignmentCommissionBasisPoints { get; set; } = 500;

    /// The sender printed on electronic waybills of storefront orders: the shared warehouse the goods leave from.
    [ValidateObjectMembers]
    public WaybillSenderOptions WaybillSender { get; set; } = new();

    public TimeSpan PaymentWindow => TimeSpan.FromMinutes(PaymentWindowMinutes);
    public ShippingPolicy Shipping => new(ExpressFeeFen, FreeShippingFromFen);
}

/// Ordering:WaybillSender — who and where the carrier collects storefront parcels from.
public sealed class WaybillSenderOptions
{
    [Required, StringLength(30)]
    public string Name { get; set; } = "共享仓超云仓";
    [RegularExpression("^1[3-9][0-9]{9}$", ErrorMessage = "Ordering:WaybillSender:Phone must be an 11-digit mainland mobile number.")]
    public string Phone { get; set; } = "13800000000";
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "Ordering:WaybillSender:RegionCode must be a 6-digit district code.")]
    public string RegionCode { get; set; } = "440104";
    [Required, StringLength(120)]
    public string Address { get; set; } = "广州市越秀区共享仓超云仓";
}
