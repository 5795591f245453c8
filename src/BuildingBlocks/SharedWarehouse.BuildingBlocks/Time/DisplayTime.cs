using System.Globalization;

namespace SharedWarehouse.BuildingBlocks.Time;

/// The zone times are shown in: the business's (Display:TimeZone, China time by default), never UTC. Instants are
/// stored and computed in UTC; only pages turn them into this wall clock.
public sealed class DisplayTime
{
    public const string Setting = "Display:TimeZone";

    public DisplayTime(string? zoneId) => Zone = string.IsNullOrWhiteSpace(zoneId) ? ChinaTime.Zone : ChinaTime.FindZone(zoneId);

    public TimeZoneInfo Zone { get; }

    /// Asia/Shanghai's UTC+8 as "UTC+08:00", for the one place a page states the zone.
    public string Offset => (Zone.BaseUtcOffset < TimeSpan.Zero ? "UTC-" : "UTC+") + Zone.BaseUtcOffset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
