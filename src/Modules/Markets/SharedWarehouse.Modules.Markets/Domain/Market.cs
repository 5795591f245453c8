using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Domain;

/// A wholesale market (批发市场, e.g. 广州十三行) and its floors; stalls are their own aggregate because a market
/// has hundreds of them, each edited (and closed) on its own.
public sealed class Market : AggregateRoot
{
    public const int MaxNameLength = 60, MaxAddressLength = 200, MaxNoteLength = 500;
    private readonly List<Floor> _floors = [];

    private Market() { }

    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string? Note { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }
    public IReadOnlyList<Floor> Floors => _floors;

    public static Market Open(MarketDetails details, DateTime now)
    {
        var market = new Market { CreatedUtc = now };
        market.Change(details, now);
        return market;
    }

    public void Change(MarketDetails details, DateTime now)
    {
        Name = details.Name.Trim();
        NormalizedName = MarketText.Normalize(details.Name);
        RegionCode = details.RegionCode;
        Address = details.Address.Trim();
        Note = string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim();
        UpdatedUtc = now;
    }

    public Result<Guid> AddFloor(string name, int displayOrder, DateTime now)
    {
        if (NameTaken(name, except: null)) return Error.Validation("Name", "该市场已有同名楼层");
        var floor = new Floor(Id, name, displayOrder);
        _floors.Add(floor);
        UpdatedUtc = now;
        return floor.Id;
    }

    public Result ChangeFloor(Guid floorId, string name, int displayOrder, DateTime now)
    {
        var floor = _floors.FirstOrDefault(f => f.Id == floorId);
        if (floor is null) return Error.NotFound();
        if (NameTaken(name, except: floorId)) return Error.Validation("Name", "该市场已有同名楼层");
        floor.Change(name, displayOrder);
        UpdatedUtc = now;
        return Result.Success();
    }

    public bool HasFloor(Guid floorId) => _floors.Any(f => f.Id == floorId);

    private bool NameTaken(string name, Guid? except)
    {
        var normalized = MarketText.Normalize(name);
        return _floors.Any(f => f.NormalizedName == normalized && f.Id != except);
    }
}

/// Already validated values (the command's validator checks them).
public sealed record MarketDetails(string Name, string RegionCode, string Address, string? Note);

/// A floor (楼层) of a market; DisplayOrder sorts floors the way a picker walks them (and pick lists sort by it).
public sealed class Floor : Entity
{
    public const int MaxNameLength = 20;

    private Floor() { }

    internal Floor(Guid marketId, string name, int displayOrder)
    {
        MarketId = marketId;
        Change(name, displayOrder);
    }

    public Guid MarketId { get; private set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public int DisplayOrder { get; private set; }

    internal void Change(string name, int displayOrder)
    {
        Name = name.Trim();
        NormalizedName = MarketText.Normalize(name);
        DisplayOrder = displayOrder;
    }
}
