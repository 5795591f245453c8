using System.Security.Cryptography;

namespace SharedWarehouse.Modules.Ordering.Features.Shipping;

public sealed record Carrier(string Code, string Name);
public sealed record TrackingEvent(DateTime AtUtc, string Text);

/// The courier companies' API (electronic waybills and tracking). No courier can be reached from here, so the
/// built-in simulator stands in; a real adapter registers in its place by configuration.
public interface ICourierGateway
{
    IReadOnlyList<Carrier> Carriers { get; }
    /// A new electronic waybill number of the carrier.
    string IssueWaybill(string carrierCode);
    /// What the carrier reports so far for a parcel handed over at shippedUtc.
    IReadOnlyList<TrackingEvent> Track(string carrierCode, string trackingNumber, DateTime shippedUtc);
}

internal sealed class SimulatedCourier(TimeProvider time) : ICourierGateway
{
    public IReadOnlyList<Carrier> Carriers { get; } =
        [new("SF", "顺丰速运"), new("ZTO", "中通快递"), new("YTO", "圆通速递"), new("YD", "韵达快递"), new("JD", "京东物流"), new("EMS", "中国邮政EMS")];

    public string IssueWaybill(string carrierCode) =>
        carrierCode.ToUpperInvariant() + string.Concat(Enumerable.Range(0, 12).Select(_ => RandomNumberGenerator.GetInt32(10)));

    /// A parcel's life as couriers report it, unfolding with the clock (so tests move it by advancing time).
    private static readonly (TimeSpan After, string Text)[] Steps =
    [
        (TimeSpan.FromHours(1), "快递员已揽收"), (TimeSpan.FromHours(12), "运输中，已到达转运中心"),
        (TimeSpan.FromHours(30), "已到达派件网点"), (TimeSpan.FromHours(40), "派送中"), (TimeSpan.FromHours(48), "已签收"),
    ];

    public IReadOnlyList<TrackingEvent> Track(string carrierCode, string trackingNumber, DateTime shippedUtc)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return Steps.Where(s => shippedUtc + s.After <= now).Select(s => new TrackingEvent(shippedUtc + s.After, s.Text)).Reverse().ToList();
    }
}
