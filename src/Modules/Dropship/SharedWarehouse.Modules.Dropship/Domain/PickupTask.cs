using System.Security.Cryptography;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Domain;

public enum PickupTaskStatus
{
    /// On the pickers' list from DueOn.
    Open = 1,
    /// Re-queued by the merchant for a later day; the morning job opens it.
    Scheduled = 2,
    Picked = 3,
    OutOfStock = 4,
    InStockLater = 5,
    PriceRefused = 6,
    /// Replaced by a new task (another stall, a later day, a corrected price) or its order was closed.
    Cancelled = 7,
}

/// One trip to a stall for one order line: what to buy, where, and (once done) what was paid and who bought it.
/// The label id is what the barcode on the bag carries; the warehouse scans it back.
public sealed class PickupTask : Entity
{
    private const string LabelAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private PickupTask() { }

    public Guid OrderId { get; private set; }
    public Guid LineId { get; private set; }
    public Guid ShopId { get; private set; }
    /// Whose pickers do it: the shop's own team, or null for the platform's.
    public Guid? TeamShopId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public string LabelId { get; private set; } = "";
    public Guid StallId { get; private set; }
    public Guid MarketId { get; private set; }
    public string MarketName { get; private set; } = "";
    public string FloorName { get; private set; } = "";
    public int FloorOrder { get; private set; }
    public string StallNumber { get; private set; } = "";
    public string? StallContact { get; private set; }
    public string? StyleNumber { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Colour { get; private set; } = "";
    public string Size { get; private set; } = "";
    public int Quantity { get; private set; }
    public long DeclaredUnitFen { get; private set; }
    public DateOnly DueOn { get; private set; }
    public PickupTaskStatus Status { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public Guid? PickerUserId { get; private set; }
    public string? PickerName { get; private set; }
    public long? PaidUnitFen { get; private set; }
    public DateTime? DoneUtc { get; private set; }
    public DateOnly? AvailableOn { get; private set; }
    public Guid? PrintJobId { get; private set; }

    public bool IsOpen => Status == PickupTaskStatus.Open;

    public static PickupTask Issue(DropshipOrder order, DropshipLine line, StallSnapshot stall, DateOnly dueOn, bool scheduled, DateTime now) => new()
    {
        OrderId = order.Id, LineId = line.Id, ShopId = order.ShopId, TeamShopId = order.TeamShopId,
        OrderNumber = order.Number, LabelId = NewLabelId(), StallId = stall.StallId, MarketId = stall.MarketId, MarketName = stall.MarketName,
        FloorName = stall.FloorName, FloorOrder = stall.FloorOrder, StallNumber = stall.StallNumber, StallContact = stall.Contact,
        StyleNumber = stall.StyleNumber, SkuCode = line.SkuCode, Title = line.Title, Colour = line.Colour, Size = line.Size,
        Quantity = line.Quantity, DeclaredUnitFen = line.DeclaredUnitFen, DueOn = dueOn, CreatedUtc = now,
        Status = scheduled ? PickupTaskStatus.Scheduled : PickupTaskStatus.Open,
    };

    /// "DS" + 10 characters of Crockford base32 (no I, L, O, U): unambiguous to read aloud, CODE128 set B friendly.
    public static string NewLabelId()
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[12];
        chars[0] = 'D';
        chars[1] = 'S';
        for (var i = 0; i < 10; i++) chars[i + 2] = LabelAlphabet[bytes[i] & 31];
        return new string(chars);
    }

    /// A repeated tap with the same outcome succeeds again (a retried request); a different outcome on a finished
    /// task is refused.
    public Result Pick(Guid pickerId, string pickerName, long paidUnitFen, DateTime now)
    {
        if (Status == PickupTaskStatus.Picked && PaidUnitFen == paidUnitFen && PickerUserId == pickerId) return Result.Success();
        if (Status == PickupTaskStatus.Picked && PickerUserId != pickerId) return new Error("conflict", "已由{0}拿货", "", PickerName ?? "");
        if (!IsOpen) return Error.Conflict("该任务已处理，请刷新");
        if (paidUnitFen is <= 0 or > 10_000_000) return Error.Validation("Price", "请填写正确的拿货价");
        (Status, PickerUserId, PickerName, PaidUnitFen, DoneUtc) = (PickupTaskStatus.Picked, pickerId, pickerName, paidUnitFen, now);
        return Result.Success();
    }

    public Result RefusePrice(Guid pickerId, string pickerName, long quotedUnitFen, DateTime now)
    {
        if (Status == PickupTaskStatus.PriceRefused && PaidUnitFen == quotedUnitFen && PickerUserId == pickerId) return Result.Success();
        if (!IsOpen) return Error.Conflict("该任务已处理，请刷新");
        (Status, PickerUserId, PickerName, PaidUnitFen, DoneUtc) = (PickupTaskStatus.PriceRefused, pickerId, pickerName, quotedUnitFen, now);
        return Result.Success();
    }

    public Result ReportOutOfStock(Guid pickerId, string pickerName, DateTime now)
    {
        if (Status == PickupTaskStatus.OutOfStock) return Result.Success();
        if (!IsOpen) return Error.Conflict("该任务已处理，请刷新");
        (Status, PickerUserId, PickerName, DoneUtc) = (PickupTaskStatus.OutOfStock, pickerId, pickerName, now);
        return Result.Success();
    }

    public Result ReportInStockOn(Guid pickerId, string pickerName, DateOnly day, DateOnly today, DateTime now)
    {
        if (Status == PickupTaskStatus.InStockLater && AvailableOn == day) return Result.Success();
        if (!IsOpen) return Error.Conflict("该任务已处理，请刷新");
        if (day <= today || day > today.AddDays(60)) return Error.Validation("Day", "到货日期须在明天到 60 天之内");
        (Status, PickerUserId, PickerName, DoneUtc, AvailableOn) = (PickupTaskStatus.InStockLater, pickerId, pickerName, now, day);
        return Result.Success();
    }

    public bool OpenIfDue(DateOnly today)
    {
        if (Status != PickupTaskStatus.Scheduled || DueOn > today) return false;
        Status = PickupTaskStatus.Open;
        return true;
    }

    public void Cancel() { if (Status is PickupTaskStatus.Open or PickupTaskStatus.Scheduled) Status = PickupTaskStatus.Cancelled; }

    public void Printing(Guid jobId) => PrintJobId = jobId;
}

/// The stall a task sends the picker to, copied onto the task so the list never needs the directory.
public sealed record StallSnapshot(Guid StallId, Guid MarketId, string MarketName, string FloorName, int FloorOrder, string StallNumber,
    string? Contact, string? StyleNumber);
