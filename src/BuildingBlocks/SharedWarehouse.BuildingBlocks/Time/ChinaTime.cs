namespace SharedWarehouse.BuildingBlocks.Time;

/// The business day here is China's whatever the server's own zone: wholesale markets open by Beijing time, pick
/// lists are for the day there, and expiry dates and waybill dates are printed in it. Instants stay UTC everywhere
/// else; only these helpers turn them into China's wall clock and back.
public static class ChinaTime
{
    /// Asia/Shanghai from the system's time zone data, or a fixed UTC+8 zone where that data is absent (slim container
    /// images ship without tzdata). China has kept UTC+8 without daylight saving since 1991, so both give the same dates.
    internal static TimeZoneInfo Zone { get; } = FindZone("Asia/Shanghai");

    public static DateTime Now(TimeProvider time) => Of(time.GetUtcNow().UtcDateTime);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time));

    /// China's wall-clock time at a UTC instant (EF reads UTC columns back as Unspecified, so Kind is not trusted).
    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// The date in China at a UTC instant.
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(Of(utc));

    /// The UTC instant China's day starts.
    public static DateTime StartUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);

    internal static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
