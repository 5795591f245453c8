using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Domain;

public enum DropshipOrderStatus
{
    /// Platform dropship: waiting for the wallet hold (too little balance); nothing is picked yet.
    AwaitingFunds = 1,
    /// Lines are being reserved, picked or resolved by the merchant.
    InProgress = 2,
    /// Every open line is in hand (reserved in the warehouse or received from a stall).
    ReadyToShip = 3,
    Shipped = 4,
    Closed = 5,
}

/// The receiver as the outside shop sent it.
public sealed record Receiver(string Name, string Phone, string RegionCode, string Address);

/// An order downloaded from one of the merchant's outside online shops, to be fulfilled from its warehouse stock
/// or picked up at wholesale-market stalls. Its lines carry the goods' own state; the order sums them up.
public sealed class DropshipOrder : AggregateRoot
{
    public const int MaxLines = 50;
    private readonly List<DropshipLine> _lines = [];

    private DropshipOrder() { }

    public Guid ShopId { get; private set; }
    public string Number { get; private set; } = "";
    public string ExternalOrderId { get; private set; } = "";
    public string Channel { get; private set; } = "";
    /// The marketplace whose export the order came in (null: our template, a saved mapping without one, the API):
    /// the tracking file goes back in that platform's bulk-ship format.
    public MarketplacePlatform? SourcePlatform { get; private set; }
    public DropshipMode Mode { get; private set; }
    /// Whose warehouse handles it: the shop's own, or Guid.Empty for the platform's (sorting slots are per scope).
    public Guid Scope { get; private set; }
    public string ReceiverName { get; private set; } = "";
    public string ReceiverPhone { get; private set; } = "";
    public string ReceiverRegionCode { get; private set; } = "";
    public string ReceiverAddress { get; private set; } = "";
    public string? BuyerMessage { get; private set; }
    public DropshipOrderStatus Status { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public bool Filtered { get; private set; }
    /// Platform dropship: what the wallet holds for this order (goods at declared prices + commission + shipping).
    public long HoldFen { get; private set; }
    /// Bumped when the hold is replaced (a declared price was corrected), so each hold has its own wallet document.
    public int HoldVersion { get; private set; }
    public bool HoldPlaced { get; private set; }
    /// Set when the wallet was funded while this order waited: the sweep retries its hold.
    public bool RetryHold { get; private set; }
    /// The buyer's return waybill as the outside shop reported it, in its scanned form (ScanCode), so scanning the returned
    /// parcel finds the order however the number was typed.
    public string? ReturnWaybill { get; private set; }
    public long? SettledFen { get; private set; }
    /// The sorting slot the order's items are gathered in between scan-in and shipment.
    public int? Slot { get; private set; }
    public string? CarrierName { get; private set; }
    public string? TrackingNumber { get; private set; }
    public DateTime? ShippedUtc { get; private set; }
    public DateTime? TrackingReportedUtc { get; private set; }
    /// Failed posts of the tracking callback so far, and when the next may be tried (doubling, at most 6 hours apart).
    public int CallbackFailures { get; private set; }
    public DateTime? NextCallbackUtc { get; private set; }
    public DateTime? ClosedUtc { get; private set; }
    /// When closing had given back every reservation and hold (null: the sweep finishes it).
    public DateTime? ReleasedUtc { get; private set; }
    /// The last time the wallet refused the hold (the sweep tries again every few minutes, not only after a recharge).
    public DateTime? LastHoldAttemptUtc { get; private set; }
    public string? CloseReason { get; private set; }

    public IReadOnlyList<DropshipLine> Lines => _lines;
    public string HoldDocumentId => $"{Id}:{HoldVersion}";
    public bool IsFinished => Status is DropshipOrderStatus.Shipped or DropshipOrderStatus.Closed;
    public bool NeedsMerchant => !IsFinished && _lines.Any(l => l.NeedsMerchant);

    public static Result<DropshipOrder> Receive(Guid shopId, DropshipMode mode, string number, string externalOrderId, string channel,
        Receiver receiver, string? buyerMessage, IReadOnlyList<DropshipLine> lines, DateTime now)
    {
        if (lines.Count == 0) return Error.Validation("Lines", "订单没有商品行");
        if (lines.Count > MaxLines) return Error.Validation("Lines", "一个订单最多 {0} 行", MaxLines);
        var order = new DropshipOrder
        {
            ShopId = shopId, Mode = mode, Scope = ScopeOf(shopId, mode), Number = number, ExternalOrderId = externalOrderId.Trim(), Channel = channel.Trim(),
            ReceiverName = receiver.Name.Trim(), ReceiverPhone = receiver.Phone.Trim(), ReceiverRegionCode = receiver.RegionCode,
            ReceiverAddress = receiver.Address.Trim(), BuyerMessage = string.IsNullOrWhiteSpace(buyerMessage) ? null : buyerMessage.Trim(),
            CreatedUtc = now, Status = mode == DropshipMode.Platform ? DropshipOrderStatus.AwaitingFunds : DropshipOrderStatus.InProgress,
        };
        for (var i = 0; i < lines.Count; i++) order._lines.Add(lines[i].AttachTo(order.Id, i + 1));
        return order;
    }

    public static Guid ScopeOf(Guid shopId, DropshipMode mode) => mode == DropshipMode.Platform ? Guid.Empty : shopId;

    /// Whose pickers buy for it: the shop's own team, or null for the platform's.
    public Guid? TeamShopId => Mode == DropshipMode.Platform ? null : ShopId;

    public DropshipLine? Line(Guid lineId) => _lines.FirstOrDefault(l => l.Id == lineId);

    /// The wallet hold for the order's goods at declared prices, commission and shipping.
    public long ComputeHold(DropshipFees fees) => fees.Total(_lines.Where(l => l.Status != LineStatus.Closed).Sum(l => l.DeclaredTotalFen));

    /// What shipment debits: goods at the prices actually paid (declared where nothing was paid at a stall).
    public long ComputeSettlement(DropshipFees fees) =>
        fees.Total(_lines.Where(l => l.Status != LineStatus.Closed).Sum(l => l.ActualTotalFen));

    public void HoldRecorded(long amountFen)
    {
        HoldFen = amountFen;
        HoldPlaced = true;
        RetryHold = false;
        if (Status == DropshipOrderStatus.AwaitingFunds) Status = DropshipOrderStatus.InProgress;
        Refresh();
    }

    public void AwaitFunds(DateTime now)
    {
        RetryHold = false;
        LastHoldAttemptUtc = now;
        if (!IsFinished) Status = DropshipOrderStatus.AwaitingFunds;
    }

    public Result ExpectReturn(string waybill)
    {
        if (Status != DropshipOrderStatus.Shipped) return Error.Conflict("订单未发货，不能登记退货");
        var code = ScanCode.Normalize(waybill);
        if (code.Length is 0 or > 40) return Error.Validation("ReturnWaybill", "请填写退货快递单号");
        ReturnWaybill = code;
        return Result.Success();
    }

    /// The old hold is to be released and a new one (new document) placed: the declared prices changed.
    public void ReplaceHold()
    {
        HoldVersion++;
        HoldPlaced = false;
        RetryHold = true;
        Status = DropshipOrderStatus.AwaitingFunds;
    }

    public void MarkFiltered() { Filtered = true; Refresh(); }

    public void AssignSlot(int slot) => Slot ??= slot;

    public Result Ship(string carrierName, string trackingNumber, DateTime now)
    {
        if (Status == DropshipOrderStatus.Shipped) return Result.Success();
        if (Status != DropshipOrderStatus.ReadyToShip) return Error.Conflict("订单还有商品未到齐，不能发货");
        foreach (var line in _lines) line.Ship();
        CarrierName = carrierName;
        TrackingNumber = ScanCode.Normalize(trackingNumber);
        ShippedUtc = now;
        Slot = null;
        Status = DropshipOrderStatus.Shipped;
        return Result.Success();
    }

    public void Settled(long amountFen) => SettledFen = amountFen;

    public void Released(DateTime now) => ReleasedUtc ??= now;

    public void TrackingReported(DateTime now) => TrackingReportedUtc ??= now;

    public void CallbackFailed(DateTime now)
    {
        CallbackFailures++;
        NextCallbackUtc = now + TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Min(CallbackFailures - 1, 9))));
    }

    public Result Close(string reason, DateTime now)
    {
        if (Status == DropshipOrderStatus.Closed) return Result.Success();
        if (Status == DropshipOrderStatus.Shipped) return Error.Conflict("已发货的订单不能关闭");
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 100) return Error.Validation("Reason", "请填写关闭原因（100 字以内）");
        // Goods already bought at a stall were paid for: they ship, or go back to the stall as a return.
        if (_lines.Any(l => l.Status == LineStatus.Picked || (l.Status == LineStatus.Received && l.ReturnCaseId is null)))
            return Error.Conflict("已有商品拿货，不能关闭订单");
        foreach (var line in _lines) line.Close();
        Status = DropshipOrderStatus.Closed;
        ClosedUtc = now;
        CloseReason = reason.Trim();
        Slot = null;
        return Result.Success();
    }

    /// Recomputes the order's status from its lines (not while funds are awaited or once finished).
    public void Refresh()
    {
        if (IsFinished || Status == DropshipOrderStatus.AwaitingFunds || !Filtered) return;
        var open = _lines.Where(l => l.Status != LineStatus.Closed).ToList();
        Status = open.Count > 0 && open.All(l => l.InHand) ? DropshipOrderStatus.ReadyToShip : DropshipOrderStatus.InProgress;
    }
}

/// Platform dropship charges: commission in basis points of the goods (rounded half up to the fen) and a flat
/// shipping fee per order.
public sealed record DropshipFees(int CommissionBasisPoints, long ShippingFeeFen)
{
    public long CommissionOn(long goodsFen) => (goodsFen * CommissionBasisPoints + 5_000) / 10_000;
    public long Total(long goodsFen) => goodsFen + CommissionOn(goodsFen) + ShippingFeeFen;
}
