namespace SharedWarehouse.Modules.Catalog.Web;

/// The 七天无理由 form of one category: one of NoReasonReturnChoices, kept as posted so a refused value can be shown back.
public sealed class NoReasonReturnsInput
{
    public string? NoReasonReturns { get; set; }
}
