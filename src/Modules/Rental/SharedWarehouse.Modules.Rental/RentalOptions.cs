using System.ComponentModel.DataAnnotations;

namespace SharedWarehouse.Modules.Rental;

/// Rental periods (appsettings "Rental"): how long an unpaid booking holds its unit, how far ahead buyers may book, and how
/// long a buyer has to answer a damage charge before it stands.
public sealed class RentalOptions
{
    public const string Section = "Rental";
    [Range(5, 24 * 60)]
    public int PayWithinMinutes { get; set; } = 30;
    [Range(7, 365)]
    public int BookAheadDays { get; set; } = 90;
    [Range(1, 60)]
    public int ChargeAnswerDays { get; set; } = 7;

    public TimeSpan PayWithin => TimeSpan.FromMinutes(PayWithinMinutes);
    public TimeSpan ChargeAnswer => TimeSpan.FromDays(ChargeAnswerDays);
}
