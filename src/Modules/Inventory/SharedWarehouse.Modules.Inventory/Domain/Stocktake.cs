using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

public enum StocktakeStatus { Counting = 1, Submitted = 2, Posted = 3, Cancelled = 4 }

/// One count sheet: the merchant's stock in one zone of one warehouse, frozen as expected quantities when
/// the sheet is opened. Counters enter what they find (blind: without seeing the expected figures), submit,
/// and only an approval posts the variance (counted − expected) to the ledger; a rejection sends the sheet
/// back for a recount. The variance is a delta, so receipts or shipments during the count are not undone.
public sealed class Stocktake : AggregateRoot
{
    public const int MaxReasonLength = 200;
    private readonly List<StocktakeLine> _lines = [];
    private Stocktake() { }

    public Guid ShopId { get; private set; }
    public Guid WarehouseId { get; private set; }
    public string Zone { get; private set; } = "";
    public string Number { get; private set; } = "";
    public bool Blind { get; private set; }
    public StocktakeStatus Status { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public DateTime? SubmittedUtc { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedUtc { get; private set; }
    public string? ReturnReason { get; private set; }
    public IReadOnlyList<StocktakeLine> Lines => _lines;

    public sealed record Expected(Guid BinId, Guid SkuId, string Lot, DateOnly? Produced, DateOnly? Expires, long Quantity);

    public static Stocktake Open(Guid shopId, Guid warehouseId, string zone, bool blind, IEnumerable<Expected> snapshot, Guid userId, DateTime now)
    {
        var sheet = new Stocktake
        {
            ShopId = shopId, WarehouseId = warehouseId, Zone = zone, Blind = blind, Status = StocktakeStatus.Counting,
            CreatedBy = userId, CreatedUtc = now,
        };
        sheet.Number = "PD" + now.ToString("yyyyMMdd") + "-" + sheet.Id.ToString("N")[^10..].ToUpperInvariant();
        foreach (var e in snapshot) sheet._lines.Add(new StocktakeLine(sheet.Id, e.BinId, e.SkuId, e.Lot, e.Produced, e.Expires, e.Quantity, found: false));
        return sheet;
    }

    /// Counts by line id; lines not named keep their count. Only while counting.
    public Result Count(IReadOnlyDictionary<Guid, long> counts)
    {
        if (Status != StocktakeStatus.Counting) return Error.Conflict("盘点单不在盘点中，不能修改计数");
        foreach (var (lineId, quantity) in counts)
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null) return Error.NotFound();
            if (quantity < 0) return Error.Validation($"Counts[{lineId}]", "实盘数量不能为负");
            line.Counted = quantity;
        }
        return Result.Success();
    }

    /// Stock found in the zone that the system did not know of (expected 0).
    public Result AddFound(Guid binId, Guid skuId, string lot, DateOnly? produced, DateOnly? expires, long counted)
    {
        if (Status != StocktakeStatus.Counting) return Error.Conflict("盘点单不在盘点中，不能修改计数");
        if (counted <= 0) return Error.Validation("Quantity", "盘盈数量必须大于0");
        lot = lot.Trim();
        if (_lines.Any(l => l.BinId == binId && l.SkuId == skuId && l.Lot == lot))
            return Error.Validation("SkuCode", "该库位已有此SKU和批次的行，请直接填写实盘数量");
        _lines.Add(new StocktakeLine(Id, binId, skuId, lot, produced, expires, 0, found: true) { Counted = counted });
        return Result.Success();
    }

    public Result Submit(Guid userId, DateTime now)
    {
        if (Status != StocktakeStatus.Counting) return Error.Conflict("盘点单不在盘点中");
        if (_lines.Count == 0) return Error.Validation("", "盘点单没有任何行");
        if (_lines.Any(l => l.Counted is null)) return Error.Validation("", "还有未填写实盘数量的行");
        Status = StocktakeStatus.Submitted;
        SubmittedBy = userId;
        SubmittedUtc = now;
        return Result.Success();
    }

    /// Back to counting with a reason; the counts stay so only the doubtful lines need a recount.
    public Result Return(Guid userId, string reason, DateTime now)
    {
        if (Status != StocktakeStatus.Submitted) return Error.Conflict("只有待审核的盘点单可以退回");
        if (string.IsNullOrWhiteSpace(reason)) return Error.Validation("Reason", "请填写退回原因");
        Status = StocktakeStatus.Counting;
        ReturnReason = reason.Trim();
        DecidedBy = userId;
        DecidedUtc = now;
        return Result.Success();
    }

    /// Marks the sheet posted; the caller writes each line's variance to the ledger in the same unit of work.
    public Result<IReadOnlyList<StocktakeLine>> Approve(Guid userId, DateTime now)
    {
        if (Status != StocktakeStatus.Submitted) return Error.Conflict("只有待审核的盘点单可以过账");
        Status = StocktakeStatus.Posted;
        DecidedBy = userId;
        DecidedUtc = now;
        return Result.Success<IReadOnlyList<StocktakeLine>>(_lines.Where(l => l.Variance != 0).ToList());
    }

    public Result Cancel(Guid userId, DateTime now)
    {
        if (Status is StocktakeStatus.Posted or StocktakeStatus.Cancelled) return Error.Conflict("盘点单已结束");
        Status = StocktakeStatus.Cancelled;
        DecidedBy = userId;
        DecidedUtc = now;
        return Result.Success();
    }

    public bool ShowsExpected => !Blind || Status != StocktakeStatus.Counting;
}

public sealed class StocktakeLine : Entity
{
    private StocktakeLine() { }
    internal StocktakeLine(Guid stocktakeId, Guid binId, Guid skuId, string lot, DateOnly? produced, DateOnly? expires, long expected, bool found)
    {
        StocktakeId = stocktakeId; BinId = binId; SkuId = skuId; Lot = lot; ProductionDate = produced; ExpiryDate = expires; Expected = expected; IsFound = found;
    }
    public Guid StocktakeId { get; private set; }
    public Guid BinId { get; private set; }
    public Guid SkuId { get; private set; }
    public string Lot { get; private set; } = "";
    public DateOnly? ProductionDate { get; private set; }
    public DateOnly? ExpiryDate { get; private set; }
    public long Expected { get; private set; }
    public long? Counted { get; internal set; }
    public bool IsFound { get; private set; }
    public long Variance => (Counted ?? Expected) - Expected;
}
