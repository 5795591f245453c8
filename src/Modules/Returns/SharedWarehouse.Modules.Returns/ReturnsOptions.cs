using System.ComponentModel.DataAnnotations;

namespace SharedWarehouse.Modules.Returns;

/// After-sales periods (appsettings "Returns"): how long after receipt (or shipping, when not yet confirmed) a buyer may
/// ask, how long the merchant has to answer before the request is agreed for it, and how long a buyer's turn stays open
/// (take a refusal to the platform, answer an offer, send the goods) before the request closes.
public sealed class ReturnsOptions
{
    public const string Section = "Returns";
    [Range(0, 90)]
    public int NoReasonDays { get; set; } = 7;
    [Range(1, 365)]
    public int QualityDays { get; set; } = 15;
    [Range(1, 30 * 24)]
    public int MerchantReplyHours { get; set; } = 48;
    [Range(1, 60)]
    public int BuyerTurnDays { get; set; } = 7;

    public TimeSpan MerchantReply => TimeSpan.FromHours(MerchantReplyHours);
    public TimeSpan BuyerTurn => TimeSpan.FromDays(BuyerTurnDays);
}
