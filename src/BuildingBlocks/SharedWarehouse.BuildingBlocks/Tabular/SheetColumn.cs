namespace SharedWarehouse.BuildingBlocks.Tabular;

/// A column the writer writes: its header, how its cells are stored, the decimals shown for Decimal cells, and a width
/// in characters (0 = fitted to the content).
public sealed record SheetColumn(string Header, CellKind Kind = CellKind.Text, int Decimals = 0, int Width = 0);
