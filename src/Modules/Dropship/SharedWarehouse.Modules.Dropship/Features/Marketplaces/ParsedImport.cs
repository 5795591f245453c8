using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Error: the order is not imported (a cell intake cannot use). Skipped: on purpose (not waiting to ship, refunded).
/// Notice: imported, with something the merchant should know (a long buyer message cut).
public enum IssueKind { Error = 1, Skipped = 2, Notice = 3 }

/// One row-level finding: the file (when two were uploaded), the row as Excel numbers it, the column, and a
/// translatable message with its arguments.
public sealed record ImportIssue(string? File, int Row, string Column, IssueKind Kind, string Message, params object[] Args);

/// An order ready for intake, the rows it came from, and its district as names for the preview.
public sealed record ParsedOrder(IncomingOrder Order, IReadOnlyList<int> Rows, string RegionName);

/// A problem with a whole file (unreadable, not an order export, missing columns): nothing is imported.
public sealed record FileProblem(string? File, string Message, params object[] Args);

/// What an upload holds, read and checked but not imported: the layout recognised, the orders to send to intake, and
/// every row-level issue. Built again from the stored bytes when the merchant confirms.
public sealed record ParsedImport(IReadOnlyList<string> FileNames, LayoutDefinition? Layout, IReadOnlyList<ParsedOrder> Orders,
    IReadOnlyList<ImportIssue> Issues, IReadOnlyList<FileProblem> Problems)
{
    /// The header of a file no layout or saved mapping recognises (the merchant can map it).
    public IReadOnlyList<string>? UnknownHeader { get; init; }

    public MarketplacePlatform? Platform => Layout?.Platform;

    public bool CanImport => Problems.Count == 0 && Orders.Count > 0;

    public IReadOnlyList<int> RowsOf(string externalOrderId) =>
        Orders.FirstOrDefault(o => o.Order.ExternalOrderId == externalOrderId)?.Rows ?? [];

    public static ParsedImport Failed(IReadOnlyList<string> files, params FileProblem[] problems) => new(files, null, [], [], problems);
}
