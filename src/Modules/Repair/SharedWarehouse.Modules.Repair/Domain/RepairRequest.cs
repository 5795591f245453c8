using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Domain;

/// A buyer's repair (维修单) of one received order line, and its timeline. Every change goes through one method here
/// (RepairTransitions), so a button, the payment notice and the deadline job follow one rule; the aggregate's version
/// makes two changes at once (a double click, a payment notice racing a decline) have one effect.
public sealed partial class RepairRequest : AggregateRoot
{
    public const int MaxFaultLength = 500;
    public const int MaxNoteLength = 200;
    /// The most a quote may ask (parts + labour): ¥100,000.00.
    public const long MaxQuoteFen = 10_000_000;
    private readonly List<RepairStep> _steps = [];
    private readonly List<RepairPart> _parts = [];
    private readonly List<RepairPhoto> _photos = [];
    private RepairRequest() { }

    public string Number { get; private set; } = "";
    public RepairStatus Status { get; private set; }
    public Guid BuyerId { get; private init; }
    public Guid ShopId { get; private init; }
    public Guid OrderId { get; private init; }
    public string OrderNumber { get; private init; } = "";
    public Guid SubOrderId { get; private init; }
    public Guid OrderLineId { get; private init; }
    public Guid ProductId { get; private init; }
    public string ProductName { get; private init; } = "";
    public string SpecText { get; private init; } = "";
    public string Fault { get; private init; } = "";
    public WarrantyBasis Warranty { get; private init; }
    public DateTime ReceivedUtc { get; private init; }
    /// Open while not ended: a unique index over (OrderLineId) where open keeps one open repair per line.
    public bool IsOpen { get; private set; } = true;
    public long PartsFen { get; private set; }
    public long LabourFen { get; private set; }
    /// The last day (China date) the quote can be paid, and the instant it ends (the next midnight in China, in UTC).
    public DateOnly? QuoteValidUntil { get; private set; }
    public DateTime? QuoteExpiresUtc { get; private set; }
    public string? QuoteNote { get; private set; }
    public long PaidFen { get; private set; }
    public Guid? PaymentId { get; private set; }
    public string? InboundCarrier { get; private set; }
    public string? InboundTrackingNumber { get; private set; }
    public bool DroppedOff { get; private set; }
    public DateTime? ItemReceivedUtc { get; private set; }
    public string? WorkNote { get; private set; }
    public string? ReturnCarrier { get; private set; }
    public string? ReturnTrackingNumber { get; private set; }
    /// Set when the buyer confirms the repaired item: a new repair of this line before then is free.
    public DateTime? RepairWarrantyUntilUtc { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime UpdatedUtc { get; private set; }
    public DateTime? EndedUtc { get; private set; }
    public IReadOnlyList<RepairStep> Steps => _steps;
    public IReadOnlyList<RepairPart> Parts => _parts;
    public IReadOnlyList<RepairPhoto> Photos => _photos;

    public bool InWarranty => Warranty != WarrantyBasis.None;
    public long QuoteFen => PartsFen + LabourFen;

    public sealed record Opening(Guid BuyerId, Guid ShopId, Guid OrderId, string OrderNumber, Guid SubOrderId, Guid OrderLineId, Guid ProductId,
        string ProductName, string SpecText, DateTime ReceivedUtc, WarrantyBasis Warranty);

    public static Result<RepairRequest> Open(Opening o, string? fault, DateTime now)
    {
        fault = string.IsNullOrWhiteSpace(fault) ? null : fault.Trim();
        if (fault is null) return Error.Validation("Fault", "请描述故障");
        if (fault.Length > MaxFaultLength) return Error.Validation("Fault", "故障描述最多 {0} 个字", MaxFaultLength);
        var r = new RepairRequest
        {
            Status = RepairStatus.Requested, BuyerId = o.BuyerId, ShopId = o.ShopId, OrderId = o.OrderId, OrderNumber = o.OrderNumber,
            SubOrderId = o.SubOrderId, OrderLineId = o.OrderLineId, ProductId = o.ProductId, ProductName = o.ProductName, SpecText = o.SpecText,
            Fault = fault, Warranty = o.Warranty, ReceivedUtc = o.ReceivedUtc, CreatedUtc = now, UpdatedUtc = now,
        };
        r.Number = "RP" + now.ToString("yyyyMMddHHmm") + r.Id.ToString("N")[^6..].ToUpperInvariant();
        r.Step(RepairParty.Buyer, o.BuyerId, RepairActions.Requested, fault, null, now);
        return r;
    }

    public Result AttachPhotos(IReadOnlyList<StoredPhoto> photos)
    {
        if (photos.Count > SharedWarehouse.BuildingBlocks.Uploads.Photos.MaxPerPost)
            return Error.Validation("Images", "最多上传 {0} 张图片", SharedWarehouse.BuildingBlocks.Uploads.Photos.MaxPerPost);
        foreach (var p in photos) _photos.Add(new RepairPhoto(Id, p));
        return Result.Success();
    }

    private void Step(RepairParty party, Guid? by, string action, string? note, long? amountFen, DateTime now)
    {
        _steps.Add(new RepairStep(Id, _steps.Count + 1, party, by, action, note, amountFen, now)); // the steps are loaded with the repair
        UpdatedUtc = now;
    }

    private void End(RepairStatus status, DateTime now)
    {
        Status = status;
        IsOpen = false;
        EndedUtc = now;
    }

    internal static Result<string?> Note(string? note, bool required, string field = "Note")
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (required && note is null) return Error.Validation(field, "请填写说明");
        if (note?.Length > MaxNoteLength) return Error.Validation(field, "说明最多 {0} 个字", MaxNoteLength);
        return note;
    }
}
