namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Why a file could not be read, as a translatable message key (zh-CN text) with its format arguments.
public sealed record SheetProblem(string Message, params object[] Args);
