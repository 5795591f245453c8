using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SharedWarehouse.Modules.Courier;

/// The "Courier" configuration section. A single mutable instance, so tests can change it at run time.
public sealed class CourierOptions
{
    public const string Section = "Courier";

    /// Which carrier adapter runs; only "Simulator" is built in.
    public string Provider { get; set; } = "Simulator";
    /// How often an undelivered parcel is asked for news.
    [Range(1, 24 * 60)]
    public int PollIntervalMinutes { get; set; } = 5;
    /// How often the tracking job looks for parcels due for a poll.
    [Range(1, 24 * 3600)]
    public int JobIntervalSeconds { get; set; } = 60;
    [ValidateObjectMembers]
    public SimulatorCourierOptions Simulator { get; set; } = new();

    public TimeSpan PollInterval => TimeSpan.FromMinutes(Math.Max(1, PollIntervalMinutes));
}

/// Courier:Simulator — the simulated carrier's name and how long after booking its parcels are picked up, leave
/// for the receiver's city and are delivered.
public sealed class SimulatorCourierOptions
{
    /// Also the tracking numbers' prefix: 1-4 capital letters.
    [RegularExpression("^[A-Z]{1,4}$", ErrorMessage = "Courier:Simulator:CarrierCode must be 1-4 capital letters (it prefixes the tracking numbers).")]
    public string CarrierCode { get; set; } = "SIM";
    public string CarrierName { get; set; } = "模拟快递";
    [Range(0, 30 * 24 * 60)]
    public int PickUpAfterMinutes { get; set; } = 30;
    [Range(0, 30 * 24 * 60)]
    public int InTransitAfterMinutes { get; set; } = 120;
    [Range(0, 30 * 24 * 60)]
    public int DeliverAfterMinutes { get; set; } = 24 * 60;
}
