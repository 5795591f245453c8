using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Domain;

/// A stall (档口) on a floor of a market. Closed stalls stay in the directory and in merchants' stall codes
/// (a picker sees them marked closed and goes to the next one), so closing never deletes anything.
public sealed class Stall : AggregateRoot
{
    public const int MaxNumberLength = 20, MaxContactNameLength = 20;

    private Stall() { }

    public Guid MarketId { get; private set; }
    public Guid FloorId { get; private set; }
    public string Number { get; private set; } = "";
    public string NormalizedNumber { get; private set; } = "";
    public string? ContactName { get; private set; }
    public string? ContactPhone { get; private set; }
    public bool IsOpen { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    /// The floor must belong to the market (the caller loaded both); the number must be free on that floor.
    public static Result<Stall> Open(Market market, Guid floorId, StallDetails details, DateTime now)
    {
        if (!market.HasFloor(floorId)) return Error.Validation("FloorId", "请选择该市场的楼层");
        var stall = new Stall { MarketId = market.Id, IsOpen = true, CreatedUtc = now };
        stall.Apply(floorId, details, now);
        return stall;
    }

    /// A stall may move to another floor of its own market, never to another market.
    public Result Change(Market market, Guid floorId, StallDetails details, DateTime now)
    {
        if (market.Id != MarketId || !market.HasFloor(floorId)) return Error.Validation("FloorId", "请选择该市场的楼层");
        Apply(floorId, details, now);
        return Result.Success();
    }

    public Result Close(DateTime now)
    {
        if (!IsOpen) return Error.Conflict("该档口已关闭");
        IsOpen = false;
        UpdatedUtc = now;
        return Result.Success();
    }

    public Result Reopen(DateTime now)
    {
        if (IsOpen) return Error.Conflict("该档口正在营业");
        IsOpen = true;
        UpdatedUtc = now;
        return Result.Success();
    }

    private void Apply(Guid floorId, StallDetails d, DateTime now)
    {
        FloorId = floorId;
        Number = d.Number.Trim();
        NormalizedNumber = MarketText.Normalize(d.Number);
        ContactName = string.IsNullOrWhiteSpace(d.ContactName) ? null : d.ContactName.Trim();
        ContactPhone = string.IsNullOrWhiteSpace(d.ContactPhone) ? null : d.ContactPhone.Trim();
        UpdatedUtc = now;
    }
}

/// Already validated values; ContactPhone already normalised to 11 digits.
public sealed record StallDetails(string Number, string? ContactName, string? ContactPhone);
