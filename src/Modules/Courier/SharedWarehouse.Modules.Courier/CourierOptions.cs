using Microsoft.Extensions.Configuration;

namespace SharedWarehouse.Modules.Courier;

/// The "Courier" configuration section. A single mutable instance, so tests can change it at run time.
public sealed class CourierOptions
{
    public const string Section = "Courier";

    /// Which carrier adapter runs; only "Simulator" is built in.
    public string Provider { get; set; } = "Simulator";
    /// How often an undelivered parcel is asked for news.
    public int PollIntervalMinutes { get; set; } = 5;
    /// How often the tracking job looks for parcels due for a poll.
    public int JobIntervalSeconds { get; set; } = 60;
    public SimulatorCourierOptions Simulator { get; set; } = new();

    public TimeSpan PollInterval => TimeSpan.FromMinutes(Math.Max(1, PollIntervalMinutes));

    public static CourierOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CourierOptions>() ?? new CourierOptions();
}

/// Courier:Simulator — the simulated carrier's name and how long after booking its parcels are picked up, leave
/// for the receiver's city and are delivered.
public sealed class SimulatorCourierOptions
{
    /// Also the tracking numbers' prefix: 1-4 capital letters.
    public string CarrierCode { get; set; } = "SIM";
    public string CarrierName { get; set; } = "模拟快递";
    public int PickUpAfterMinutes { get; set; } = 30;
    public int InTransitAfterMinutes { get; set; } = 120;
    public int DeliverAfterMinutes { get; set; } = 24 * 60;
}
