namespace SharedWarehouse.BuildingBlocks.Web;

/// Model of the shared province/city/district picker partial (_RegionPicker): FieldName is the posted
/// district code's name; Label is a localisation key.
public sealed record RegionPickerModel(string FieldName, string? SelectedCode, string Label);
