namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public enum PickOutcome { Picked = 1, PriceRefused = 2 }

public sealed record PickResult(PickOutcome Outcome, string LabelId, Guid? PrintJobId, string? PrintError);
