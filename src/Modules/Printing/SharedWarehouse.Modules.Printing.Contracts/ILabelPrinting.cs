using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Contracts;

/// What a pick label shows. LabelId is what the barcode carries (printable ASCII, scanned back by the
/// warehouse); PickupPriceFen is money in fen, printed as yuan; Title (the product's name) is wrapped on two lines at most.
public sealed record LabelContent(string LabelId, string OrderNumber, string Sku, string Colour, string Size, string Stall,
    long PickupPriceFen, string Picker, DateOnly Date, bool IncludeQr = false, string? Title = null);

/// The printer a label goes to: an explicit printer, or the one assigned to a picker (mainland mobile) or a station.
public sealed record PrinterChoice(Guid? PrinterId = null, string? PickerPhone = null, string? Station = null);

/// Label printing for other modules (the picker app): a persistent queue that a background worker sends to
/// networked ESC/POS printers (TCP 9100) with retries. Enqueueing never waits for the printer.
public interface ILabelPrinting
{
    /// Queues one label. idempotencyKey is the caller's own (e.g. "pick:{lineId}"): the same key again returns
    /// the job already queued instead of printing the label twice (a reprint is an explicit admin action).
    Task<Result<Guid>> EnqueueAsync(LabelContent label, PrinterChoice printer, string idempotencyKey, CancellationToken ct);

    /// Where a job stands (null when there is no such job): for the picker's "printed?" indicator.
    Task<PrintJobState?> FindJobAsync(Guid jobId, CancellationToken ct);

    /// Queues one courier waybill through the same queue and printers as labels, with its own layout; the key works
    /// as for labels.
    Task<Result<Guid>> EnqueueWaybillAsync(WaybillContent waybill, PrinterChoice printer, string idempotencyKey, CancellationToken ct);

    /// The printers there are, for a "print on …" choice.
    Task<IReadOnlyList<PrinterSummary>> ListPrintersAsync(CancellationToken ct);

    /// The waybill as it would print on this paper width, as SVG (the same layout as the printer's bytes).
    string RenderWaybillPreview(WaybillContent waybill, int paperWidthMm);
}

/// What a courier waybill shows. TrackingNumber is what the barcode carries (printable ASCII); Address is written
/// out in words (province, city, district and street), as the courier reads it.
public sealed record WaybillContent(string TrackingNumber, string CarrierName, WaybillParty Receiver, WaybillParty Sender, string Contents,
    int Pieces, string? OrderNumber, DateOnly Date);

public sealed record WaybillParty(string Name, string Phone, string Address);

public sealed record PrinterSummary(Guid PrinterId, string Name, string? Station, int PaperWidthMm);

public sealed record PrintJobState(Guid JobId, string Status, int Attempts, string? LastError, DateTime? PrintedUtc);
