using System.ComponentModel.DataAnnotations;

namespace SharedWarehouse.Modules.Printing.Queue;

/// "Printing" configuration section. Mutable so tests can shorten the timeouts of a running fixture.
public sealed class PrintingOptions
{
    public const string Section = "Printing";

    /// Run the background worker (off in tools that only render).
    public bool WorkerEnabled { get; set; } = true;
    [Range(100, 600_000)]
    public int ConnectTimeoutMs { get; set; } = 5000;
    /// Writing the label and waiting for the printer's status answer, each.
    [Range(100, 600_000)]
    public int WriteTimeoutMs { get; set; } = 5000;
    /// After the label, ask the printer for its status (DLE EOT 1) and count the job printed only when it answers:
    /// the answer proves it read the bytes before it (TCP keeps order) and that it is not offline (cover open,
    /// paper out). Turn off only for printers that never answer; then a completed write counts as printed.
    public bool AwaitStatus { get; set; } = true;
    [Range(10, 600_000)]
    public int PollIntervalMs { get; set; } = 1000;
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;
    [Range(10, 3_600_000)]
    public int BackoffBaseMs { get; set; } = 2000;
    [Range(10, 86_400_000)]
    public int BackoffMaxMs { get; set; } = 5 * 60 * 1000;
    /// How long a claimed job belongs to the worker that claimed it; a worker that died mid-print loses it then.
    [Range(1000, 86_400_000)]
    public int LeaseMs { get; set; } = 60_000;

    public TimeSpan ConnectTimeout => TimeSpan.FromMilliseconds(ConnectTimeoutMs);
    public TimeSpan WriteTimeout => TimeSpan.FromMilliseconds(WriteTimeoutMs);
    public TimeSpan Lease => TimeSpan.FromMilliseconds(Math.Max(LeaseMs, ConnectTimeoutMs + 2 * WriteTimeoutMs + 10_000));
    public TimeSpan BackoffBase => TimeSpan.FromMilliseconds(BackoffBaseMs);
    public TimeSpan BackoffMax => TimeSpan.FromMilliseconds(BackoffMaxMs);
}
