using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Intake;

/// An order as an outside shop's downloader sends it (JSON body or one CSV row group). Money in fen.
public sealed record IncomingOrder(string? ExternalOrderId, string? Channel, string? ReceiverName, string? ReceiverPhone,
    string? ReceiverRegionCode, string? ReceiverAddress, string? BuyerMessage, IReadOnlyList<IncomingLine>? Lines);

public sealed record IncomingLine(string? SkuCode, string? Title, string? Colour, string? Size, int Quantity, long DeclaredUnitFen);

public enum IntakeOutcome { Created = 1, Duplicate = 2, Rejected = 3 }

/// What became of one incoming order: created (with our number), ignored as already received, or rejected with
/// the reasons (field names as in the request).
public sealed record IntakeResult(string ExternalOrderId, IntakeOutcome Outcome, string? Number, IReadOnlyList<IntakeError> Errors);

public sealed record IntakeError(string Field, string Message)
{
    /// The error's message with its arguments filled in (the API answers with it as is; pages translate the plain key).
    public static IntakeError From(Error e) =>
        new(e.Field, e.Args.Length == 0 ? e.Message : string.Format(System.Globalization.CultureInfo.InvariantCulture, e.Message, e.Args));
}

public sealed record IntakeReport(IReadOnlyList<IntakeResult> Orders)
{
    public int Created => Orders.Count(o => o.Outcome == IntakeOutcome.Created);
    public int Duplicates => Orders.Count(o => o.Outcome == IntakeOutcome.Duplicate);
    public int Rejected => Orders.Count(o => o.Outcome == IntakeOutcome.Rejected);
}
