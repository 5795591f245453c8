namespace SharedWarehouse.BuildingBlocks.Jobs;

/// Last outcome of each job, shared by all nodes through the database (Quartz itself keeps only fire times).
public sealed class JobStatus
{
    public string JobName { get; init; } = "";
    public DateTime? LastStartedUtc { get; set; }
    public DateTime? LastFinishedUtc { get; set; }
    public bool? LastSucceeded { get; set; }
    public string? LastResult { get; set; }
    public string? LastError { get; set; }
    public string? LastNode { get; set; }
    public long RunCount { get; set; }
    public long FailureCount { get; set; }
}
