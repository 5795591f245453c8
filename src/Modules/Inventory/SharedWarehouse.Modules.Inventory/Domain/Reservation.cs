using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

public enum ReservationStatus { Active = 0, Released = 1, Confirmed = 2, Expired = 3 }

/// Stock held for a reference (an order) until it ships (confirm), is cancelled (release) or times out.
public sealed class Reservation : Entity
{
    private readonly List<ReservationAllocation> _allocations = [];
    private Reservation() { }

    public string Reference { get; private set; } = "";
    public Guid RequesterShopId { get; private set; }
    public Guid SkuId { get; private set; }
    public long Quantity { get; private set; }
    public ReservationStatus Status { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime ExpiresUtc { get; private set; }
    public IReadOnlyList<ReservationAllocation> Allocations => _allocations;

    public static Reservation Open(string reference, Guid requester, Guid skuId, long quantity, DateTime now, TimeSpan ttl) =>
        new() { Reference = reference, RequesterShopId = requester, SkuId = skuId, Quantity = quantity, CreatedUtc = now, ExpiresUtc = now + ttl };

    /// Expiry of a held reservation: it no longer times out and lasts until confirmed or released.
    public static readonly DateTime Indefinitely = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public bool IsHeld => ExpiresUtc == Indefinitely;

    /// A paid (or cash-on-delivery) order keeps its stock however long shipping takes.
    public Result Hold()
    {
        if (Status != ReservationStatus.Active) return Error.Conflict("该预占已结束");
        ExpiresUtc = Indefinitely;
        return Result.Success();
    }

    /// A part to take from one balance; it joins the reservation (Allocate) once the store has taken it.
    internal ReservationAllocation PartFrom(Guid balanceId, long quantity) => new(Id, balanceId, quantity);

    internal void Allocate(ReservationAllocation part) => _allocations.Add(part);

    public Result Close(ReservationStatus to)
    {
        if (Status != ReservationStatus.Active) return Error.Conflict("该预占已结束");
        Status = to;
        return Result.Success();
    }
}

public sealed class ReservationAllocation : Entity
{
    private ReservationAllocation() { }
    internal ReservationAllocation(Guid reservationId, Guid balanceId, long quantity) { ReservationId = reservationId; BalanceId = balanceId; Quantity = quantity; }
    public Guid ReservationId { get; private set; }
    public Guid BalanceId { get; private set; }
    public long Quantity { get; private set; }
}

/// FEFO: lots that expire first go first; lots without expiry last; then oldest receipt first.
public static class Fefo
{
    public sealed record Candidate(Guid BalanceId, DateOnly? ExpiryDate, DateTime FirstReceivedUtc, long Available);

    public static IEnumerable<Candidate> Order(IEnumerable<Candidate> candidates) =>
        candidates.OrderBy(c => c.ExpiryDate is null).ThenBy(c => c.ExpiryDate).ThenBy(c => c.FirstReceivedUtc).ThenBy(c => c.BalanceId);

    /// The plan against what was read; the store still takes each part with a conditional update.
    public static IReadOnlyList<(Guid BalanceId, long Quantity)> Plan(IEnumerable<Candidate> candidates, long quantity)
    {
        var plan = new List<(Guid, long)>();
        foreach (var c in Order(candidates))
        {
            if (quantity <= 0) break;
            var take = Math.Min(quantity, c.Available);
            if (take <= 0) continue;
            plan.Add((c.BalanceId, take));
            quantity -= take;
        }
        return plan;
    }
}
