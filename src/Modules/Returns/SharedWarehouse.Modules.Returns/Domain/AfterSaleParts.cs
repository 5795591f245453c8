namespace SharedWarehouse.Modules.Returns.Domain;

/// Units of one order line in a request and what was paid for them. Open while the request is: a unique index over
/// (OrderLineId) where open keeps one open request per line, in the database.
public sealed class AfterSaleLine : SharedWarehouse.SharedKernel.Entity
{
    /// Replacement: the SKU an exchange sends instead (null for a refund). IsConsigned: a consignment line (代销), whose
    /// goods go back to the supplier's stock.
    public sealed record Part(Guid OrderLineId, Guid ProductId, Guid SkuId, string ProductName, string SpecText, int Quantity, long PaidFen,
        string ReservationRef, bool IsConsigned = false, Replacement? Replacement = null);

    public sealed record Replacement(Guid SkuId, string SkuCode, string SpecText);

    private AfterSaleLine() { }
    internal AfterSaleLine(Guid requestId, Part p)
    {
        RequestId = requestId; OrderLineId = p.OrderLineId; ProductId = p.ProductId; SkuId = p.SkuId; ProductName = p.ProductName; SpecText = p.SpecText;
        Quantity = p.Quantity; PaidFen = p.PaidFen; ReservationRef = p.ReservationRef; IsConsigned = p.IsConsigned; IsOpen = true;
        ReplacementSkuId = p.Replacement?.SkuId; ReplacementSkuCode = p.Replacement?.SkuCode; ReplacementSpecText = p.Replacement?.SpecText;
    }

    public Guid RequestId { get; private init; }
    public Guid OrderLineId { get; private init; }
    public Guid ProductId { get; private init; }
    public Guid SkuId { get; private init; }
    public string ProductName { get; private init; } = "";
    public string SpecText { get; private init; } = "";
    public int Quantity { get; private init; }
    public long PaidFen { get; private init; }
    /// The Inventory reservation the goods were shipped under: accepted goods go back into those balances.
    public string ReservationRef { get; private init; } = "";
    public bool IsConsigned { get; private init; }
    public bool IsOpen { get; internal set; }
    public Guid? ReplacementSkuId { get; private init; }
    public string? ReplacementSkuCode { get; private init; }
    public string? ReplacementSpecText { get; private init; }
    /// The Inventory reservation holding the replacement's stock from the agreement until it ships (or is released).
    public string? ReplacementRef { get; internal set; }
}

/// One step of the negotiation: who (party and person; null = the system), what, when, a note and an amount.
public sealed class AfterSaleStep : SharedWarehouse.SharedKernel.Entity
{
    private AfterSaleStep() { }
    internal AfterSaleStep(Guid requestId, int sequence, AfterSaleParty party, Guid? by, string action, string? note, long? amountFen, DateTime at)
    {
        RequestId = requestId; Sequence = sequence; Party = party; ByUserId = by; Action = action; Note = note; AmountFen = amountFen; AtUtc = at;
    }

    public Guid RequestId { get; private init; }
    /// 1, 2, 3 … within the request: steps of one transition share their time, and the history must keep their order.
    public int Sequence { get; private init; }
    public AfterSaleParty Party { get; private init; }
    public Guid? ByUserId { get; private init; }
    public string Action { get; private init; } = "";
    public string? Note { get; private init; }
    public long? AmountFen { get; private init; }
    public DateTime AtUtc { get; private init; }
}

/// How much of an order line (or of a sub-order's shipping, keyed by the sub-order) has been refunded, against what was
/// paid for it. Taken by one conditional UPDATE (RefundedFen + amount ≤ CapFen): two refunds of one line at the same
/// moment cannot together pass the cap, whatever the code above them believes.
public sealed class RefundCap
{
    private RefundCap() { }
    public RefundCap(Guid key, long capFen) { Key = key; CapFen = capFen; }

    public Guid Key { get; private init; }
    public long CapFen { get; private init; }
    public long RefundedFen { get; private init; }
}

/// A photo attached to a step (the buyer's evidence with the request or an escalation, the merchant's with a refusal):
/// served only through its request, to the request's parties, never by its stored name.
public sealed class AfterSalePhoto : SharedWarehouse.SharedKernel.Entity
{
    private AfterSalePhoto() { }
    internal AfterSalePhoto(Guid requestId, int stepSequence, SharedWarehouse.BuildingBlocks.Uploads.StoredPhoto p)
    {
        RequestId = requestId; StepSequence = stepSequence; StoredName = p.StoredName; Length = p.Length; Width = p.Width; Height = p.Height;
    }

    public Guid RequestId { get; private init; }
    public int StepSequence { get; private init; }
    public string StoredName { get; private init; } = "";
    public int Length { get; private init; }
    public int Width { get; private init; }
    public int Height { get; private init; }
}
