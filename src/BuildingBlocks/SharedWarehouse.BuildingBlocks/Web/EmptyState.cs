namespace SharedWarehouse.BuildingBlocks.Web;

/// Model of the shared _EmptyState partial: what an empty list says and the next thing to do there, instead of a
/// table of bare headers. Texts arrive localised by the page that knows them.
public sealed record EmptyState(string Title, string? Hint = null, params EmptyStateAction[] Actions);

public sealed record EmptyStateAction(string Text, string Url, bool Primary = false);
