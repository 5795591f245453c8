using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Domain;

public enum LineStatus
{
    New = 1,
    /// In the merchant's warehouse stock: reserved there, shipped from the shelf.
    Reserved = 2,
    /// A pickup task is on a picker's list (or scheduled for a later day).
    AwaitingPickup = 3,
    /// No stall code for this SKU: the merchant must name a stall.
    NoStall = 4,
    OutOfStock = 5,
    /// The stall said it will have the goods on a later day (AvailableOn).
    InStockLater = 6,
    /// Platform dropship: the stall's price is above the declared one beyond the tolerance; the merchant edits it.
    PriceAboveDeclared = 7,
    /// Bought at the stall, labelled, on its way to the warehouse.
    Picked = 8,
    /// Scanned in at the warehouse and sorted to the order's slot.
    Received = 9,
    Shipped = 10,
    Closed = 11,
}

/// One line of a dropship order: the merchant's SKU code as its outside shop sent it, and where the goods come from.
public sealed class DropshipLine : Entity
{
    private DropshipLine() { }

    public Guid OrderId { get; private set; }
    public int LineNumber { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Colour { get; private set; } = "";
    public string Size { get; private set; } = "";
    public int Quantity { get; private set; }
    /// The merchant's declared unit pickup price (platform dropship holds money on it).
    public long DeclaredUnitFen { get; private set; }
    public LineStatus Status { get; private set; } = LineStatus.New;
    public Guid? CatalogSkuId { get; private set; }
    public string? ReservationReference { get; private set; }
    /// The current pickup task (each reissue makes a new one; old ones stay as history).
    public Guid? TaskId { get; private set; }
    public string? LabelId { get; private set; }
    public long? PaidUnitFen { get; private set; }
    /// The stall's price a picker reported when it was refused as above the declared one.
    public long? QuotedUnitFen { get; private set; }
    public DateOnly? AvailableOn { get; private set; }
    /// The stall the merchant chose (switching away from the primary one); the filter sends the next task there.
    public Guid? PreferredStallId { get; private set; }
    /// Re-queued by the merchant: the next task waits until this day.
    public DateOnly? NotBefore { get; private set; }
    /// The returned item this line took instead of buying again.
    public Guid? ReturnCaseId { get; private set; }

    public long DeclaredTotalFen => DeclaredUnitFen * Quantity;
    public long ActualTotalFen => (PaidUnitFen ?? (Status == LineStatus.Reserved || ReservationReference is not null ? 0 : DeclaredUnitFen)) * Quantity;
    public bool InHand => Status is LineStatus.Reserved or LineStatus.Received;
    public bool NeedsMerchant => Status is LineStatus.NoStall or LineStatus.OutOfStock or LineStatus.InStockLater or LineStatus.PriceAboveDeclared;

    public static Result<DropshipLine> Of(string skuCode, string title, string colour, string size, int quantity, long declaredUnitFen)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(skuCode) || skuCode.Trim().Length > 64) errors.Add(Error.Validation("SkuCode", "商家编码必填（64 字以内）"));
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 120) errors.Add(Error.Validation("Title", "商品名称必填（120 字以内）"));
        if (colour.Trim().Length > 30) errors.Add(Error.Validation("Colour", "颜色不能超过 30 字"));
        if (size.Trim().Length > 30) errors.Add(Error.Validation("Size", "尺码不能超过 30 字"));
        if (quantity is < 1 or > 999) errors.Add(Error.Validation("Quantity", "数量须在 1 到 999 之间"));
        if (declaredUnitFen is < 0 or > 10_000_000) errors.Add(Error.Validation("DeclaredPrice", "申报拿货价须在 0 到 100000 元之间"));
        if (errors.Count > 0) return Result<DropshipLine>.Failure(errors);
        return new DropshipLine
        {
            SkuCode = skuCode.Trim(), Title = title.Trim(), Colour = colour.Trim(), Size = size.Trim(), Quantity = quantity,
            DeclaredUnitFen = declaredUnitFen,
        };
    }

    internal DropshipLine AttachTo(Guid orderId, int number)
    {
        OrderId = orderId;
        LineNumber = number;
        return this;
    }

    public void ReservedInWarehouse(Guid catalogSkuId, string reference)
    {
        CatalogSkuId = catalogSkuId;
        ReservationReference = reference;
        Status = LineStatus.Reserved;
    }

    public void NoStallKnown() => Status = LineStatus.NoStall;

    /// Took an accepted return of the same SKU code from the warehouse: in hand at once, at the price first paid.
    public void TookReturnedItem(ReturnCase item)
    {
        ReturnCaseId = item.Id;
        LabelId = item.ReturnLabelId;
        PaidUnitFen = item.PaidUnitFen ?? 0; // an item that first came off the merchant's own shelf cost nothing
        Status = LineStatus.Received;
    }

    /// Back to the filter: another stall, a later day or a corrected price (the current task is cancelled by the caller).
    public Result Reissue(Guid? stallId, DateOnly? notBefore)
    {
        if (!NeedsMerchant) return Error.Conflict("该商品行当前不需要处理");
        PreferredStallId = stallId ?? PreferredStallId;
        NotBefore = notBefore;
        Status = LineStatus.New;
        return Result.Success();
    }

    public void TaskIssued(PickupTask task)
    {
        TaskId = task.Id;
        LabelId = task.LabelId;
        AvailableOn = null;
        QuotedUnitFen = null;
        Status = LineStatus.AwaitingPickup;
    }

    public void Picked(long paidUnitFen)
    {
        PaidUnitFen = paidUnitFen;
        Status = LineStatus.Picked;
    }

    public void OutOfStockReported() => Status = LineStatus.OutOfStock;

    public void InStockLaterReported(DateOnly day)
    {
        AvailableOn = day;
        Status = LineStatus.InStockLater;
    }

    public void PriceRefused(long quotedUnitFen)
    {
        QuotedUnitFen = quotedUnitFen;
        Status = LineStatus.PriceAboveDeclared;
    }

    public Result Declare(long unitFen)
    {
        if (unitFen is < 0 or > 10_000_000) return Error.Validation("DeclaredPrice", "申报拿货价须在 0 到 100000 元之间");
        DeclaredUnitFen = unitFen;
        return Result.Success();
    }

    public Result Receive()
    {
        if (Status == LineStatus.Received) return Result.Success();
        if (Status != LineStatus.Picked) return Error.Conflict("该标签的商品不在待入库状态");
        Status = LineStatus.Received;
        return Result.Success();
    }

    internal void Ship() { if (Status is LineStatus.Reserved or LineStatus.Received) Status = LineStatus.Shipped; }

    internal void Close() { if (Status != LineStatus.Shipped) Status = LineStatus.Closed; }
}
