using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Domain;

/// Queued → Printing → Printed; a failed attempt goes to Retrying (last error kept, next attempt after a
/// backoff) and, after the last allowed attempt, Failed. A reprint is a new job with the same bytes.
public enum PrintJobStatus { Queued = 1, Printing = 2, Printed = 3, Retrying = 4, Failed = 5 }

/// What a job prints: a pick label or a courier waybill. Each has its own layout; LabelJson holds its content.
public enum PrintDocument { PickLabel = 1, Waybill = 2 }

/// One label to send to one printer. The bytes are rendered once at enqueue time, so a retry or a reprint
/// sends exactly what was previewed. State changes after enqueue are made by the dispatcher with
/// conditional UPDATEs (see PrintJobStore), never by loading and saving the row.
public sealed class PrintJob : Entity
{
    public const int MaxKeyLength = 120, MaxErrorLength = 500;

    private PrintJob() { }

    public Guid PrinterId { get; private set; }
    public PrintDocument Kind { get; private set; } = PrintDocument.PickLabel;
    public string IdempotencyKey { get; private set; } = "";
    public string LabelId { get; private set; } = "";
    public string OrderNumber { get; private set; } = "";
    public string LabelJson { get; private set; } = "";
    public int PaperWidthMm { get; private set; }
    public byte[] Payload { get; private set; } = [];
    public PrintJobStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptUtc { get; private set; }
    public DateTime? LeaseUntilUtc { get; private set; }
    public Guid? LeaseToken { get; private set; }
    public DateTime? LastAttemptUtc { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? PrintedUtc { get; private set; }
    public Guid? ReprintOfId { get; private set; }

    /// LabelId is what the barcode carries (for a waybill: its tracking number).
    public static PrintJob Queue(Guid printerId, string idempotencyKey, string labelId, string orderNumber, string labelJson, int paperWidthMm,
        byte[] payload, DateTime now, PrintDocument kind = PrintDocument.PickLabel) => new()
    {
        PrinterId = printerId, Kind = kind, IdempotencyKey = idempotencyKey, LabelId = labelId, OrderNumber = orderNumber, LabelJson = labelJson,
        PaperWidthMm = paperWidthMm, Payload = payload, Status = PrintJobStatus.Queued, NextAttemptUtc = now, CreatedUtc = now,
    };

    /// A reprint copies the bytes of the original; its key is derived from its own id so it is never deduplicated away.
    public PrintJob Reprint(DateTime now)
    {
        var copy = Queue(PrinterId, "", LabelId, OrderNumber, LabelJson, PaperWidthMm, Payload, now, Kind);
        copy.IdempotencyKey = $"reprint:{copy.Id:N}";
        copy.ReprintOfId = Id;
        return copy;
    }
}

/// Exponential backoff between attempts, capped: base × 2^(attempt-1), at most max.
public static class PrintRetryPolicy
{
    public static TimeSpan DelayAfter(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = Math.Min((double)baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// Failed (no more automatic attempts) once the attempts allowed are used up.
    public static PrintJobStatus StatusAfterFailure(int attempts, int maxAttempts) =>
        attempts >= maxAttempts ? PrintJobStatus.Failed : PrintJobStatus.Retrying;

    public static string Truncate(string error) => error.Length <= PrintJob.MaxErrorLength ? error : error[..PrintJob.MaxErrorLength];
}
