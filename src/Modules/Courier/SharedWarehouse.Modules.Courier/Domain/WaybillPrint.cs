using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Domain;

/// Who had a waybill printed where, and which print job that was (the job's state lives in Printing). Kept
/// because every admin action is audited; one row per print job.
public sealed class WaybillPrint : Entity
{
    public const int MaxPrinterLength = 80;

    private WaybillPrint() { }

    public Guid WaybillId { get; private init; }
    public Guid PrintJobId { get; private init; }
    public string Printer { get; private init; } = "";
    /// Null when a module (not a person) asked, e.g. the shipping scan.
    public Guid? RequestedBy { get; private init; }
    public DateTime RequestedUtc { get; private init; }

    public static WaybillPrint Of(Guid waybillId, Guid printJobId, string printer, Guid? requestedBy, DateTime nowUtc) => new()
    {
        WaybillId = waybillId, PrintJobId = printJobId, Printer = printer.Length <= MaxPrinterLength ? printer : printer[..MaxPrinterLength],
        RequestedBy = requestedBy, RequestedUtc = nowUtc,
    };
}
