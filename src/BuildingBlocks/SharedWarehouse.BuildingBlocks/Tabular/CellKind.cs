namespace SharedWarehouse.BuildingBlocks.Tabular;

public enum CellKind { Text, Integer, Decimal, DateTime }
