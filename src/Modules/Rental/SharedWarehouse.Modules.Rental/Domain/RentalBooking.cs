using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Domain;

/// A buyer's booking of one unit for a period (租赁单), its money and its timeline. The unit is held over
/// [BlockStart, BlockEnd) — the booked days plus the item's buffer days for checking and cleaning — while HoldsUnit; the
/// database refuses two holding bookings of one unit that overlap (an exclusion constraint on PostgreSQL, a trigger
/// under SQLite's single writer). Every change goes through one method here; the version makes races have one effect.
public sealed partial class RentalBooking : AggregateRoot
{
    public const int MaxAddressLength = 200;
    public const int MaxNoteLength = 200;
    /// The largest damage charge one return may record (¥1,000,000).
    public const long MaxChargeFen = 100_000_000;
    private readonly List<RentalStep> _steps = [];
    private readonly List<RentalPhoto> _photos = [];
    private RentalBooking() { }

    public string Number { get; private set; } = "";
    public RentalStatus Status { get; private set; }
    public Guid ItemId { get; private init; }
    public Guid ShopId { get; private init; }
    public Guid BuyerId { get; private init; }
    /// The booking form's key: one booking per form, however often it is sent.
    public Guid RequestKey { get; private init; }
    public string ItemName { get; private init; } = "";
    public Guid UnitId { get; private set; }
    public string UnitSerial { get; private set; } = "";
    public string WarehouseName { get; private set; } = "";
    public DateOnly StartDate { get; private init; }
    public DateOnly EndDate { get; private init; }
    public DateOnly BlockStart { get; private init; }
    public DateOnly BlockEnd { get; private set; }
    public bool HoldsUnit { get; private set; }
    public RentalFulfilment Fulfilment { get; private init; }
    public string? DeliveryAddress { get; private init; }
    // The terms as booked: later changes to the item do not change a booking.
    public long DayPriceFen { get; private init; }
    public long? WeekPriceFen { get; private init; }
    public long? MonthPriceFen { get; private init; }
    public long LateFeePerDayFen { get; private init; }
    public EarlyReturnPolicy EarlyReturn { get; private init; }
    public int BufferDays { get; private init; }
    public long RentFen { get; private init; }
    public long DepositFen { get; private init; }
    public DateTime PayByUtc { get; private init; }
    public Guid? PaymentId { get; private set; }
    public DateTime? PaidUtc { get; private set; }
    public DateOnly? OutOn { get; private set; }
    public string? OutTrackingNumber { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public int LateDays { get; private set; }
    public long LateFeeFen { get; private set; }
    public long DamageFen { get; private set; }
    public string? DamageNote { get; private set; }
    public long RentRefundFen { get; private set; }
    public long DepositRefundFen { get; private set; }
    public long BalanceDueFen { get; private set; }
    /// The id the balance is paid under at the gateway (a booking's own id is its first payment's).
    public Guid? BalancePaymentRef { get; private set; }
    public long RefundedFen { get; private set; }
    /// The buyer must answer a damage charge by then, or it stands.
    public DateTime? BuyerTurnUntilUtc { get; private set; }
    public DateOnly? LastReminderOn { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime UpdatedUtc { get; private set; }
    public DateTime? ClosedUtc { get; private set; }
    public IReadOnlyList<RentalStep> Steps => _steps;
    public IReadOnlyList<RentalPhoto> Photos => _photos;

    public long TotalFen => RentFen + DepositFen;
    public int Days => RentalPricing.DaysBetween(StartDate, EndDate);
    public RentalPrices Prices => new(DayPriceFen, WeekPriceFen, MonthPriceFen);
    public bool IsOver => Status is RentalStatus.Closed or RentalStatus.Cancelled or RentalStatus.Expired;

    /// What a transition asks the handler to refund through Payments in the same transaction (not stored: a reloaded
    /// booking never refunds again; Payments is idempotent per reference besides).
    public PendingRefund? RefundDue { get; private set; }
    public sealed record PendingRefund(long AmountFen, string Reference, string Reason);

    public sealed record Request(Guid BuyerId, Guid RequestKey, DateOnly StartDate, DateOnly EndDate, RentalFulfilment Fulfilment, string? DeliveryAddress);

    /// A new booking waiting for payment, for the item's terms as they are now; the unit is assigned by the caller.
    public static Result<RentalBooking> Create(RentalItem item, Request r, DateOnly today, int bookAheadDays, DateTime now, TimeSpan payWithin)
    {
        var errors = new List<Error>();
        var days = RentalPricing.DaysBetween(r.StartDate, r.EndDate);
        if (r.StartDate < today) errors.Add(Error.Validation("StartDate", "取租日期不能早于今天"));
        else if (r.StartDate > today.AddDays(bookAheadDays)) errors.Add(Error.Validation("StartDate", "最多可预订 {0} 天内的日期", bookAheadDays));
        if (days < 1) errors.Add(Error.Validation("EndDate", "归还日期应晚于取租日期"));
        else if (days < item.MinDays || days > item.MaxDays) errors.Add(Error.Validation("EndDate", "租期应为 {0} 到 {1} 天", item.MinDays, item.MaxDays));
        var address = string.IsNullOrWhiteSpace(r.DeliveryAddress) ? null : r.DeliveryAddress.Trim();
        if (!Enum.IsDefined(r.Fulfilment)) errors.Add(Error.Validation("Fulfilment", "请选择取货方式"));
        else if (r.Fulfilment == RentalFulfilment.Delivery && address is null) errors.Add(Error.Validation("DeliveryAddress", "送货上门请填写收货地址"));
        if (address?.Length > MaxAddressLength) errors.Add(Error.Validation("DeliveryAddress", "地址最多 {0} 个字", MaxAddressLength));
        if (!item.IsListed) errors.Add(Error.Validation("", "该租赁品已下架"));
        if (errors.Count > 0) return Result<RentalBooking>.Failure(errors);

        var b = new RentalBooking
        {
            Status = RentalStatus.AwaitingPayment, ItemId = item.Id, ShopId = item.ShopId, BuyerId = r.BuyerId, RequestKey = r.RequestKey, ItemName = item.Name,
            StartDate = r.StartDate, EndDate = r.EndDate, BlockStart = r.StartDate, BlockEnd = r.EndDate.AddDays(item.BufferDays), HoldsUnit = true,
            Fulfilment = r.Fulfilment, DeliveryAddress = r.Fulfilment == RentalFulfilment.Delivery ? address : null,
            DayPriceFen = item.DayPriceFen, WeekPriceFen = item.WeekPriceFen, MonthPriceFen = item.MonthPriceFen, LateFeePerDayFen = item.LateFeePerDayFen,
            EarlyReturn = item.EarlyReturn, BufferDays = item.BufferDays, RentFen = RentalPricing.Quote(item.Prices, days).TotalFen, DepositFen = item.DepositFen,
            PayByUtc = now + payWithin, CreatedUtc = now, UpdatedUtc = now,
        };
        b.Number = "RT" + now.ToString("yyyyMMddHHmm") + b.Id.ToString("N")[^6..].ToUpperInvariant();
        b.Step(RentalParty.Buyer, r.BuyerId, RentalActions.Booked, null, b.TotalFen, now);
        return b;
    }

    /// The unit this booking holds (tried one after another until the database accepts one).
    public void AssignUnit(RentalUnit unit)
    {
        UnitId = unit.Id;
        UnitSerial = unit.Serial;
        WarehouseName = unit.WarehouseName;
    }

    /// Evidence for the step just taken (a damage charge, a dispute).
    public Result AttachPhotos(IReadOnlyList<StoredPhoto> photos)
    {
        if (photos.Count == 0) return Result.Success();
        if (photos.Count > SharedWarehouse.BuildingBlocks.Uploads.Photos.MaxPerPost)
            return Error.Validation("Images", "最多上传 {0} 张图片", SharedWarehouse.BuildingBlocks.Uploads.Photos.MaxPerPost);
        foreach (var p in photos) _photos.Add(new RentalPhoto(Id, _steps[^1].Sequence, p));
        return Result.Success();
    }

    private void Step(RentalParty party, Guid? by, string action, string? note, long? amountFen, DateTime now)
    {
        _steps.Add(new RentalStep(Id, _steps.Count + 1, party, by, action, note, amountFen, now));
        UpdatedUtc = now;
    }

    internal static Result<string?> Note(string? note, bool required, string field = "Note")
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (required && note is null) return Error.Validation(field, "请填写说明");
        if (note?.Length > MaxNoteLength) return Error.Validation(field, "说明最多 {0} 个字", MaxNoteLength);
        return note;
    }
}

/// One step of a booking's timeline: who (party and person; null = the system), what, when, a note and an amount.
public sealed class RentalStep : Entity
{
    private RentalStep() { }
    internal RentalStep(Guid bookingId, int sequence, RentalParty party, Guid? by, string action, string? note, long? amountFen, DateTime at)
    {
        BookingId = bookingId; Sequence = sequence; Party = party; ByUserId = by; Action = action; Note = note; AmountFen = amountFen; AtUtc = at;
    }

    public Guid BookingId { get; private init; }
    public int Sequence { get; private init; }
    public RentalParty Party { get; private init; }
    public Guid? ByUserId { get; private init; }
    public string Action { get; private init; } = "";
    public string? Note { get; private init; }
    public long? AmountFen { get; private init; }
    public DateTime AtUtc { get; private init; }
}

/// A photo of a damage charge or a dispute, served only through its booking to its buyer, its shop and platform staff.
public sealed class RentalPhoto : Entity
{
    private RentalPhoto() { }
    internal RentalPhoto(Guid bookingId, int stepSequence, StoredPhoto p)
    {
        BookingId = bookingId; StepSequence = stepSequence; StoredName = p.StoredName; Length = p.Length; Width = p.Width; Height = p.Height;
    }

    public Guid BookingId { get; private init; }
    public int StepSequence { get; private init; }
    public string StoredName { get; private init; } = "";
    public int Length { get; private init; }
    public int Width { get; private init; }
    public int Height { get; private init; }
}
