namespace SharedWarehouse.BuildingBlocks.Tabular;

/// One data row. Number = the line/row a user sees in Excel (CSV: the record's number; XLSX: the row number).
/// Cells are trimmed with cell guards removed.
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);
