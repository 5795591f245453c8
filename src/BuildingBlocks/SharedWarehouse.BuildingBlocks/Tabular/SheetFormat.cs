namespace SharedWarehouse.BuildingBlocks.Tabular;

public enum SheetFormat { Csv, Xlsx }
