using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Domain;

/// A buyer's after-sales request (售后单) on lines of one sub-order, and its negotiation. Every step is a row of the
/// history; every state change goes through one method here, so a button, a job and the platform follow one rule.
/// The aggregate's version makes two concurrent changes (agree vs auto-agree, a double click) have one effect.
public sealed partial class AfterSaleRequest : AggregateRoot
{
    public const int MaxDescriptionLength = 500;
    public const int MaxNoteLength = 200;
    private readonly List<AfterSaleLine> _lines = [];
    private readonly List<AfterSaleStep> _steps = [];
    private readonly List<AfterSalePhoto> _photos = [];
    private AfterSaleRequest() { }

    public string Number { get; private set; } = "";
    public AfterSaleKind Kind { get; private set; }
    public AfterSaleStatus Status { get; private set; }
    public Guid BuyerId { get; private init; }
    /// The shop that sold the goods (and answers the request).
    public Guid ShopId { get; private init; }
    /// A consignment sale (代销): the supplier whose stock the goods came from; they go back to it, and it receives and
    /// inspects them. The reseller (ShopId) and the supplier are two parties of the same request.
    public Guid? SupplierShopId { get; private init; }
    public Guid OrderId { get; private init; }
    public string OrderNumber { get; private init; } = "";
    public Guid SubOrderId { get; private init; }
    public string SubOrderNumber { get; private init; } = "";
    /// Paid online: the refund goes back through Payments; otherwise the merchant owes it (recorded, paid by the merchant).
    public bool PaidOnline { get; private init; }
    public string Reason { get; private init; } = "";
    public string? Description { get; private init; }
    /// The most this request may refund: what was paid for its units (+ shipping when the whole sub-order comes back).
    public long CapFen { get; private init; }
    /// Of which shipping (refunded only when every unit of the sub-order is in the request).
    public long ShippingFen { get; private init; }
    public long RequestedFen { get; private set; }
    /// The merchant's counter-offer while CounterOffered; the amount to refund once agreed.
    public long? OfferedFen { get; private set; }
    public long? AgreedFen { get; private set; }
    public long RefundedFen { get; private set; }
    /// The merchant must answer by then, or the request is agreed for it (AutoAgree).
    public DateTime? MerchantDeadlineUtc { get; private set; }
    public string? ReturnCarrier { get; private set; }
    public string? ReturnTrackingNumber { get; private set; }
    public bool GoodsReceived { get; private set; }
    /// The platform stepped in (once; its decision is final).
    public bool WasEscalated { get; private set; }
    public bool DecidedByPlatform { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime UpdatedUtc { get; private set; }
    public DateTime? EndedUtc { get; private set; }
    public IReadOnlyList<AfterSaleLine> Lines => _lines;
    public IReadOnlyList<AfterSaleStep> Steps => _steps;
    public IReadOnlyList<AfterSalePhoto> Photos => _photos;

    /// Evidence for the step just taken (the request, a refusal, an escalation): at most Photos.MaxPerPost per step.
    public Result AttachPhotos(IReadOnlyList<SharedWarehouse.BuildingBlocks.Uploads.StoredPhoto> photos)
    {
        if (photos.Count == 0) return Result.Success();
        if (photos.Count > SharedWarehouse.BuildingBlocks.Uploads.Photos.MaxPerPost)
            return Error.Validation("Images", "最多上传 {0} 张图片", SharedWarehouse.BuildingBlocks.Uploads.Photos.MaxPerPost);
        var step = _steps[^1].Sequence;
        foreach (var p in photos) _photos.Add(new AfterSalePhoto(Id, step, p));
        return Result.Success();
    }

    public bool IsOpen => Status is not (AfterSaleStatus.Refunded or AfterSaleStatus.Closed or AfterSaleStatus.Withdrawn or AfterSaleStatus.Exchanged);
    public bool GoodsComeBack => Kind is AfterSaleKind.ReturnAndRefund or AfterSaleKind.Exchange;
    /// The replacement's stock is held (an exchange from its agreement until it ships or the request ends otherwise).
    public bool ReplacementReserved => _lines.Any(l => l.ReplacementRef is not null);
    /// The shop that receives returned goods: the supplier of a consignment sale, else the shop that sold them.
    public Guid ReceivingShopId => SupplierShopId ?? ShopId;

    /// What a request is opened with, once the lines and their paid amounts are known (see AfterSalePolicy).
    public sealed record Opening(Guid BuyerId, Guid ShopId, Guid OrderId, string OrderNumber, Guid SubOrderId, string SubOrderNumber, bool PaidOnline,
        AfterSaleKind Kind, string Reason, string? Description, long CapFen, long ShippingFen, long RequestedFen, IReadOnlyList<AfterSaleLine.Part> Lines,
        Guid? SupplierShopId = null);

    public static AfterSaleRequest Open(Opening o, DateTime now, TimeSpan merchantReply)
    {
        var r = new AfterSaleRequest
        {
            Kind = o.Kind, Status = AfterSaleStatus.AwaitingMerchant, BuyerId = o.BuyerId, ShopId = o.ShopId, SupplierShopId = o.SupplierShopId, OrderId = o.OrderId, OrderNumber = o.OrderNumber,
            SubOrderId = o.SubOrderId, SubOrderNumber = o.SubOrderNumber, PaidOnline = o.PaidOnline, Reason = o.Reason, Description = o.Description,
            CapFen = o.CapFen, ShippingFen = o.ShippingFen, RequestedFen = o.RequestedFen, CreatedUtc = now, UpdatedUtc = now,
            MerchantDeadlineUtc = now + merchantReply,
        };
        r.Number = "AS" + now.ToString("yyyyMMddHHmm") + r.Id.ToString("N")[^6..].ToUpperInvariant();
        foreach (var p in o.Lines) r._lines.Add(new AfterSaleLine(r.Id, p));
        r.Step(AfterSaleParty.Buyer, o.BuyerId, AfterSaleActions.Opened, o.Description, o.Kind == AfterSaleKind.Exchange ? null : o.RequestedFen, now);
        return r;
    }

    private void Step(AfterSaleParty party, Guid? by, string action, string? note, long? amountFen, DateTime now)
    {
        _steps.Add(new AfterSaleStep(Id, _steps.Count + 1, party, by, action, note, amountFen, now)); // the steps are loaded with the request
        UpdatedUtc = now;
    }

    private void End(AfterSaleStatus status, DateTime now)
    {
        if (status != AfterSaleStatus.Exchanged) ReleaseReplacement();
        Status = status;
        EndedUtc = now;
        MerchantDeadlineUtc = null;
        foreach (var l in _lines) l.IsOpen = false;
    }

    internal static Result<string?> Note(string? note, bool required)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (required && note is null) return Error.Validation("Note", "请填写原因");
        if (note?.Length > MaxNoteLength) return Error.Validation("Note", "说明最多 {0} 个字", MaxNoteLength);
        return note;
    }
}

/// The history's action keys (shown translated).
public static class AfterSaleActions
{
    public const string Opened = "发起售后申请";
    public const string Agreed = "同意申请";
    public const string AutoAgreed = "商家超时未处理，系统自动同意";
    public const string Refused = "拒绝申请";
    public const string Offered = "提议退款金额";
    public const string OfferAccepted = "接受商家提议";
    public const string ShippedBack = "寄回商品";
    public const string GoodsAccepted = "收货验收通过";
    public const string GoodsRefused = "收货验收不通过";
    public const string Escalated = "申请平台介入";
    public const string DecidedForBuyer = "平台裁定：支持买家";
    public const string DecidedForMerchant = "平台裁定：支持商家";
    public const string Refunded = "退款";
    public const string Withdrawn = "买家撤销申请";
    public const string ExchangeSent = "换货商品已安排发出";
    public const string ExchangeToRefund = "换货商品缺货，转为退货退款";
    public const string TimedOut = "超时关闭";
}
