namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Something wrong with one column of the header row (a translatable message key with args), for the row-level report.
public sealed record SheetColumnProblem(string Column, string Message, params object[] Args);
