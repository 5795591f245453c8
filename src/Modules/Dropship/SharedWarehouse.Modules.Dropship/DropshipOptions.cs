using System.ComponentModel.DataAnnotations;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship;

/// Platform dropship charges and rules (configuration section "Dropship").
public sealed class DropshipOptions
{
    public const string Section = "Dropship";

    /// Platform commission on the goods, in basis points (500 = 5 %).
    [Range(0, 10_000)]
    public int CommissionBasisPoints { get; set; } = 500;
    /// Flat shipping fee per platform-dropship order, in fen.
    [Range(0, 1_000_000)]
    public long ShippingFeeFen { get; set; } = 800;
    /// How far a stall's real price may exceed the declared one (basis points of it) before the order goes back to
    /// the merchant to edit.
    [Range(0, 10_000)]
    public int PriceToleranceBasisPoints { get; set; } = 500;
    /// The station whose printer prints waybills and return labels when the clerk names none.
    public string DefaultStation { get; set; } = "发货台";
    /// Tracking callbacks may go to loopback, private and link-local addresses (tests, an on-premise shop system).
    /// Off by default: a merchant-supplied URL must not reach the platform's own network (SSRF).
    public bool AllowPrivateCallbackHosts { get; set; }

    /// The platform warehouse as the sender on platform-dropship waybills.
    public string PlatformSenderName { get; set; } = "共享仓超代发中心";
    [RegularExpression("^1[3-9][0-9]{9}$", ErrorMessage = "Dropship:PlatformSenderPhone must be an 11-digit mainland mobile number.")]
    public string PlatformSenderPhone { get; set; } = "13800000000";
    [RegularExpression(@"^\d{6}$")]
    public string PlatformSenderRegionCode { get; set; } = "440104";
    public string PlatformSenderAddress { get; set; } = "广州市越秀区共享仓超代发仓";

    public DropshipFees Fees => new(CommissionBasisPoints, ShippingFeeFen);

    /// Above the declared unit price by more than the tolerance (rounded up to the fen in the picker's favour).
    public bool IsAboveTolerance(long declaredUnitFen, long paidUnitFen) =>
        paidUnitFen > declaredUnitFen + (declaredUnitFen * PriceToleranceBasisPoints + 9_999) / 10_000;
}
