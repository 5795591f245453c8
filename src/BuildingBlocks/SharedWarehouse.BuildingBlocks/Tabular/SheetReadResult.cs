namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Either a table or a problem a user can act on (never an exception).
public sealed record SheetReadResult(SheetTable? Table, SheetProblem? Problem)
{
    internal static SheetReadResult Of(SheetTable table) => new(table, null);

    internal static SheetReadResult Fail(string message, params object[] args) => new(null, new SheetProblem(message, args));
}
