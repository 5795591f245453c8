using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Domain;

public enum ReturnStatus
{
    /// Accepted at inspection: return label printed, the item waits in the warehouse's returned stock.
    InStock = 1,
    /// Refused at inspection: set aside for the merchant.
    Refused = 2,
    /// A new order took the item before it went back: the return flow is over.
    SoldAgain = 3,
    /// On the pickers' list to be taken back to the stall it came from.
    BackToStall = 4,
    /// The stall took it back and refunded the amount recorded.
    StallRefunded = 5,
    /// The stall would not take it back; the merchant negotiates or closes it.
    StallRefused = 6,
    Closed = 7,
}

/// A parcel a buyer sent back, found by its return waybill, inspected line by line. An accepted item is stock the
/// next order for the same SKU code takes first; otherwise a picker takes it back to its stall for a refund.
public sealed class ReturnCase : AggregateRoot
{
    private ReturnCase() { }

    public Guid ShopId { get; private set; }
    public Guid Scope { get; private set; }
    public Guid? TeamShopId { get; private set; }
    public DropshipMode Mode { get; private set; }
    public Guid OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public Guid LineId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Colour { get; private set; } = "";
    public string Size { get; private set; } = "";
    public int Quantity { get; private set; }
    public string ReturnWaybill { get; private set; } = "";
    public string ReturnLabelId { get; private set; } = "";
    public ReturnStatus Status { get; private set; }
    public string? Note { get; private set; }
    public DateTime InspectedUtc { get; private set; }
    public Guid? PrintJobId { get; private set; }
    /// Where it was bought, for the trip back (null when it came from the warehouse's own stock).
    public Guid? StallId { get; private set; }
    public string? StallText { get; private set; }
    public string? MarketName { get; private set; }
    public int FloorOrder { get; private set; }
    public long? PaidUnitFen { get; private set; }
    public string? PickerName { get; private set; }
    public DateTime? PickedUtc { get; private set; }
    public Guid? SoldToOrderId { get; private set; }
    public long? StallRefundFen { get; private set; }
    public string? StallPickerName { get; private set; }
    public DateTime? StallDoneUtc { get; private set; }
    /// Platform dropship: the goods cost given back to the merchant's wallet (sold again, or refunded by the stall).
    public long? CreditedFen { get; private set; }

    public bool CanGoBackToStall => Status is ReturnStatus.InStock or ReturnStatus.StallRefused && StallId is not null;

    public static Result<ReturnCase> Inspect(DropshipOrder order, DropshipLine line, PickupTask? pickedTask, string returnWaybill,
        bool accepted, string? note, DateTime now)
    {
        if (order.Status != DropshipOrderStatus.Shipped || line.Status != LineStatus.Shipped) return Error.Conflict("只有已发货的商品可以退回");
        var waybill = ScanCode.Normalize(returnWaybill);
        if (waybill.Length is 0 or > 40) return Error.Validation("Waybill", "请扫描退货快递单号");
        if (!accepted && string.IsNullOrWhiteSpace(note)) return Error.Validation("Note", "拒收请写明原因");
        if (note?.Trim().Length > 200) return Error.Validation("Note", "备注不能超过 200 字");
        return new ReturnCase
        {
            ShopId = order.ShopId, Scope = order.Scope, Mode = order.Mode, TeamShopId = order.TeamShopId,
            OrderId = order.Id, OrderNumber = order.Number, LineId = line.Id, SkuCode = line.SkuCode, Title = line.Title, Colour = line.Colour,
            Size = line.Size, Quantity = line.Quantity, ReturnWaybill = waybill, ReturnLabelId = "RT" + PickupTask.NewLabelId()[2..],
            Status = accepted ? ReturnStatus.InStock : ReturnStatus.Refused, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            InspectedUtc = now, StallId = pickedTask?.StallId, MarketName = pickedTask?.MarketName, FloorOrder = pickedTask?.FloorOrder ?? 0,
            StallText = pickedTask is null ? null : $"{pickedTask.MarketName} {pickedTask.FloorName} {pickedTask.StallNumber}",
            PaidUnitFen = line.PaidUnitFen, PickerName = pickedTask?.PickerName, PickedUtc = pickedTask?.DoneUtc,
        };
    }

    public void Printing(Guid jobId) => PrintJobId = jobId;

    public Result SellAgain(Guid orderId)
    {
        if (Status != ReturnStatus.InStock) return Error.Conflict("该退货不在库");
        Status = ReturnStatus.SoldAgain;
        SoldToOrderId = orderId;
        return Result.Success();
    }

    /// The order that took it was closed before shipping: the item waits in returned stock again.
    public void BackInStock()
    {
        if (Status != ReturnStatus.SoldAgain) return;
        Status = ReturnStatus.InStock;
        SoldToOrderId = null;
    }

    public Result SendBackToStall()
    {
        if (Status == ReturnStatus.BackToStall) return Result.Success();
        if (!CanGoBackToStall) return Error.Conflict(StallId is null ? "该商品来自仓库库存，没有可退的档口" : "该退货当前不能退回档口");
        Status = ReturnStatus.BackToStall;
        return Result.Success();
    }

    /// The most a stall can give back: what was paid for the goods (a typo must not pay out more than that).
    public long? MaxRefundFen => PaidUnitFen is { } paid ? paid * Quantity : null;

    public Result StallRefunded(string pickerName, long refundFen, DateTime now)
    {
        if (Status == ReturnStatus.StallRefunded && StallRefundFen == refundFen) return Result.Success();
        if (Status != ReturnStatus.BackToStall) return Error.Conflict("该退货不在退档口任务中，请刷新");
        if (refundFen is <= 0 or > 10_000_000) return Error.Validation("Amount", "请填写档口退回的金额");
        if (refundFen > MaxRefundFen) return Error.Validation("Amount", "退款不能超过拿货价 {0} 元", Money.Yuan(MaxRefundFen!.Value));
        (Status, StallRefundFen, StallPickerName, StallDoneUtc) = (ReturnStatus.StallRefunded, refundFen, pickerName, now);
        return Result.Success();
    }

    public Result StallRefusedIt(string pickerName, string? note, DateTime now)
    {
        if (Status == ReturnStatus.StallRefused) return Result.Success();
        if (Status != ReturnStatus.BackToStall) return Error.Conflict("该退货不在退档口任务中，请刷新");
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 200) return Error.Validation("Note", "请写明档口不退的原因（200 字以内）");
        (Status, Note, StallPickerName, StallDoneUtc) = (ReturnStatus.StallRefused, note.Trim(), pickerName, now);
        return Result.Success();
    }

    public void Credited(long amountFen) => CreditedFen ??= amountFen;

    public Result Close(string? note)
    {
        if (Status is ReturnStatus.Closed) return Result.Success();
        if (Status is not (ReturnStatus.Refused or ReturnStatus.StallRefused or ReturnStatus.InStock)) return Error.Conflict("该退货不能关闭");
        Status = ReturnStatus.Closed;
        if (!string.IsNullOrWhiteSpace(note)) Note = note.Trim();
        return Result.Success();
    }
}
