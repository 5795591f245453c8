using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

/// A merchant's own warehouse (OwnerShopId set) or a platform-run shared warehouse (OwnerShopId null) that
/// holds many owners' stock; stock inside is always owned by a shop, whatever warehouse it sits in.
public sealed class Warehouse : AggregateRoot
{
    public const int MaxNameLength = 60;
    private readonly List<Bin> _bins = [];

    private Warehouse() { }

    public Guid? OwnerShopId { get; private set; }
    public string Name { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public decimal? Latitude { get; private set; }
    public decimal? Longitude { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public IReadOnlyList<Bin> Bins => _bins;
    public bool IsShared => OwnerShopId is null;

    public static Warehouse Open(Guid? ownerShopId, string name, string regionCode, string address, decimal? latitude, decimal? longitude, DateTime now) =>
        new() { OwnerShopId = ownerShopId, Name = name.Trim(), RegionCode = regionCode, Address = address.Trim(), Latitude = latitude, Longitude = longitude, CreatedUtc = now };

    /// Whether a shop may put its stock here: its own warehouse or a platform one.
    public bool AcceptsStockOf(Guid shopId) => OwnerShopId is null || OwnerShopId == shopId;

    public Result<Guid> AddBin(string zone, string code)
    {
        zone = zone.Trim().ToUpperInvariant();
        code = code.Trim().ToUpperInvariant();
        if (_bins.Any(b => b.Code == code)) return Error.Validation("Code", "该库位编码已存在");
        var bin = new Bin(Id, zone, code);
        _bins.Add(bin);
        return bin.Id;
    }
}

/// A storage location, grouped in a zone (zone = first level used by stocktake count sheets).
public sealed class Bin : Entity
{
    private Bin() { }
    internal Bin(Guid warehouseId, string zone, string code) { WarehouseId = warehouseId; Zone = zone; Code = code; }
    public Guid WarehouseId { get; private set; }
    public string Zone { get; private set; } = "";
    public string Code { get; private set; } = "";
}
