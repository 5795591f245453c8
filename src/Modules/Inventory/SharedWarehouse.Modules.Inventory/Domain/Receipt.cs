using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

public enum ReceiptStatus { Draft = 0, Posted = 1 }

/// A purchase inbound document. Once posted it never changes; a correction is a reversing receipt
/// (negative quantities of the same lines) that is posted in its place.
public sealed class Receipt : AggregateRoot
{
    private readonly List<ReceiptLine> _lines = [];
    private Receipt() { }

    public Guid ShopId { get; private set; }
    public Guid WarehouseId { get; private set; }
    public string Number { get; private set; } = "";
    public string Supplier { get; private set; } = "";
    public ReceiptStatus Status { get; private set; }
    public Guid? ReversesId { get; private set; }
    public Guid? ReversedById { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? PostedUtc { get; private set; }
    public IReadOnlyList<ReceiptLine> Lines => _lines;
    public long TotalQuantity => _lines.Sum(l => l.Quantity);
    public long TotalCostFen => _lines.Sum(l => l.Quantity * l.UnitCostFen);

    public static Receipt Draft(Guid shopId, Guid warehouseId, string supplier, Guid userId, DateTime now)
    {
        var receipt = new Receipt { ShopId = shopId, WarehouseId = warehouseId, Supplier = supplier.Trim(), CreatedBy = userId, CreatedUtc = now };
        // The random tail of the v7 id keeps numbers unique without a counter row to contend on.
        receipt.Number = "RK" + now.ToString("yyyyMMdd") + "-" + receipt.Id.ToString("N")[^10..].ToUpperInvariant();
        return receipt;
    }

    public Result AddLine(Guid skuId, long quantity, string lot, DateOnly? produced, DateOnly? expires, int? shelfLifeDays, long unitCostFen, Guid binId)
    {
        if (Status != ReceiptStatus.Draft) return Error.Conflict("已过账的单据不能修改");
        if (quantity <= 0) return Error.Validation("Quantity", "数量必须大于0");
        if (unitCostFen < 0) return Error.Validation("UnitCost", "单价不能为负");
        var expiry = DeriveExpiry(produced, expires, shelfLifeDays);
        if (expiry is { } e && produced is { } p && e < p) return Error.Validation("ExpiryDate", "到期日不能早于生产日期");
        _lines.Add(new ReceiptLine(Id, skuId, quantity, lot.Trim(), produced, expiry, unitCostFen, binId));
        return Result.Success();
    }

    /// The expiry written on the goods wins; otherwise production date + the SKU's shelf life.
    public static DateOnly? DeriveExpiry(DateOnly? produced, DateOnly? expires, int? shelfLifeDays) =>
        expires ?? (produced is { } p && shelfLifeDays is > 0 ? p.AddDays(shelfLifeDays.Value) : null);

    public Result Post(DateTime now)
    {
        if (Status == ReceiptStatus.Posted) return Error.Conflict("单据已过账");
        if (_lines.Count == 0) return Error.Validation("", "请至少添加一行明细");
        Status = ReceiptStatus.Posted;
        PostedUtc = now;
        return Result.Success();
    }

    /// A posted reversing document with every line negated; this one is marked as reversed.
    public Result<Receipt> Reverse(Guid userId, DateTime now)
    {
        if (Status != ReceiptStatus.Posted) return Error.Conflict("只有已过账的单据可以冲销");
        if (ReversesId is not null) return Error.Conflict("冲销单不能再次冲销");
        if (ReversedById is not null) return Error.Conflict("该单据已冲销");
        var reversal = Draft(ShopId, WarehouseId, Supplier, userId, now);
        reversal.ReversesId = Id;
        foreach (var l in _lines)
            reversal._lines.Add(new ReceiptLine(reversal.Id, l.SkuId, -l.Quantity, l.Lot, l.ProductionDate, l.ExpiryDate, l.UnitCostFen, l.BinId));
        reversal.Status = ReceiptStatus.Posted;
        reversal.PostedUtc = now;
        ReversedById = reversal.Id;
        return reversal;
    }
}

public sealed class ReceiptLine : Entity
{
    private ReceiptLine() { }
    internal ReceiptLine(Guid receiptId, Guid skuId, long quantity, string lot, DateOnly? produced, DateOnly? expires, long unitCostFen, Guid binId)
    {
        ReceiptId = receiptId; SkuId = skuId; Quantity = quantity; Lot = lot; ProductionDate = produced; ExpiryDate = expires; UnitCostFen = unitCostFen; BinId = binId;
    }
    public Guid ReceiptId { get; private set; }
    public Guid SkuId { get; private set; }
    public long Quantity { get; private set; }
    public string Lot { get; private set; } = "";
    public DateOnly? ProductionDate { get; private set; }
    public DateOnly? ExpiryDate { get; private set; }
    public long UnitCostFen { get; private set; }
    public Guid BinId { get; private set; }
}
