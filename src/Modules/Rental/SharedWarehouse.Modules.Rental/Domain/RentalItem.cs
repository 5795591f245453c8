using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Domain;

/// The terms a shop rents an item on; all money in fen. Checked by Validate before an item is created or changed.
public sealed record RentalTerms(long DepositFen, RentalPrices Prices, int MinDays, int MaxDays, int BufferDays, long LateFeePerDayFen,
    EarlyReturnPolicy EarlyReturn)
{
    public const int LongestRentalDays = 365;
    public const int LongestBufferDays = 14;

    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        if (Prices.DayFen <= 0) errors.Add(Error.Validation("DayPrice", "请填写日租金"));
        if (Prices.WeekFen <= 0) errors.Add(Error.Validation("WeekPrice", "周租金应大于 0，不设周租金请留空"));
        if (Prices.MonthFen <= 0) errors.Add(Error.Validation("MonthPrice", "月租金应大于 0，不设月租金请留空"));
        if (DepositFen < 0) errors.Add(Error.Validation("Deposit", "押金不能为负数"));
        if (LateFeePerDayFen < 0) errors.Add(Error.Validation("LateFeePerDay", "逾期费不能为负数"));
        if (MinDays < 1 || MinDays > LongestRentalDays) errors.Add(Error.Validation("MinDays", "最短租期应为 1 到 {0} 天", LongestRentalDays));
        else if (MaxDays < MinDays || MaxDays > LongestRentalDays)
            errors.Add(Error.Validation("MaxDays", "最长租期应不短于最短租期，且不超过 {0} 天", LongestRentalDays));
        if (BufferDays < 0 || BufferDays > LongestBufferDays) errors.Add(Error.Validation("BufferDays", "间隔天数应为 0 到 {0} 天", LongestBufferDays));
        if (!Enum.IsDefined(EarlyReturn)) errors.Add(Error.Validation("EarlyReturn", "请选择提前归还规则"));
        return errors;
    }
}

/// A rentable item of a shop (租赁品): one of its catalog SKUs, the terms it is rented on, and the physical units (each
/// with its serial number, in a warehouse) that bookings are assigned to.
public sealed class RentalItem : AggregateRoot
{
    private readonly List<RentalUnit> _units = [];
    private RentalItem() { }

    public Guid ShopId { get; private init; }
    public Guid SkuId { get; private init; }
    public Guid ProductId { get; private init; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public string? ImageUrl { get; private set; }
    public long DepositFen { get; private set; }
    public long DayPriceFen { get; private set; }
    public long? WeekPriceFen { get; private set; }
    public long? MonthPriceFen { get; private set; }
    public int MinDays { get; private set; }
    public int MaxDays { get; private set; }
    public int BufferDays { get; private set; }
    public long LateFeePerDayFen { get; private set; }
    public EarlyReturnPolicy EarlyReturn { get; private set; }
    /// Shown to buyers and bookable; an unlisted item keeps its bookings.
    public bool IsListed { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public IReadOnlyList<RentalUnit> Units => _units;

    public RentalPrices Prices => new(DayPriceFen, WeekPriceFen, MonthPriceFen);
    public RentalTerms Terms => new(DepositFen, Prices, MinDays, MaxDays, BufferDays, LateFeePerDayFen, EarlyReturn);

    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 1000;

    public static Result<RentalItem> Create(Guid shopId, Guid skuId, Guid productId, string name, string? imageUrl, string? description,
        RentalTerms terms, DateTime now)
    {
        var item = new RentalItem { ShopId = shopId, SkuId = skuId, ProductId = productId, CreatedUtc = now, IsListed = true, ImageUrl = imageUrl };
        var changed = item.Change(name, description, terms);
        return changed.IsFailure ? Result<RentalItem>.Failure(changed.Errors) : item;
    }

    public Result Change(string name, string? description, RentalTerms terms)
    {
        var errors = terms.Validate().ToList();
        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (description?.Length > MaxDescriptionLength) errors.Add(Error.Validation("Description", "说明最多 {0} 个字", MaxDescriptionLength));
        if (errors.Count > 0) return Result.Failure(errors);
        Name = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        Description = description;
        (DepositFen, DayPriceFen, WeekPriceFen, MonthPriceFen) = (terms.DepositFen, terms.Prices.DayFen, terms.Prices.WeekFen, terms.Prices.MonthFen);
        (MinDays, MaxDays, BufferDays, LateFeePerDayFen, EarlyReturn) = (terms.MinDays, terms.MaxDays, terms.BufferDays, terms.LateFeePerDayFen, terms.EarlyReturn);
        return Result.Success();
    }

    public void List(bool listed) => IsListed = listed;

    /// A unit with its serial number (unique in the shop, checked here and by a unique index) in one of the shop's usable warehouses.
    public Result<Guid> AddUnit(string? serial, Guid warehouseId, string warehouseName, DateTime now)
    {
        serial = serial?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(serial)) return Error.Validation("Serial", "请填写序列号");
        if (serial.Length > RentalUnit.MaxSerialLength || !serial.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.'))
            return Error.Validation("Serial", "序列号为 1 到 {0} 位字母、数字或 - _ / .", RentalUnit.MaxSerialLength);
        if (_units.Any(u => u.Serial == serial)) return Error.Validation("Serial", "该序列号已存在");
        var unit = new RentalUnit(Id, ShopId, serial, warehouseId, warehouseName, now);
        _units.Add(unit);
        return unit.Id;
    }

    public Result SetUnitActive(Guid unitId, bool active)
    {
        if (_units.FirstOrDefault(u => u.Id == unitId) is not { } unit) return Error.NotFound();
        unit.IsActive = active;
        return Result.Success();
    }
}

/// One physical unit: bookings are assigned to units, and the database refuses two overlapping bookings of one unit.
/// A retired unit (IsActive false) takes no new bookings; its bookings stay.
public sealed class RentalUnit : Entity
{
    public const int MaxSerialLength = 40;
    private RentalUnit() { }
    internal RentalUnit(Guid itemId, Guid shopId, string serial, Guid warehouseId, string warehouseName, DateTime now)
    {
        ItemId = itemId; ShopId = shopId; Serial = serial; WarehouseId = warehouseId; WarehouseName = warehouseName; AddedUtc = now; IsActive = true;
    }

    public Guid ItemId { get; private init; }
    public Guid ShopId { get; private init; }
    public string Serial { get; private init; } = "";
    public Guid WarehouseId { get; private init; }
    public string WarehouseName { get; private init; } = "";
    public bool IsActive { get; internal set; }
    public DateTime AddedUtc { get; private init; }
}
