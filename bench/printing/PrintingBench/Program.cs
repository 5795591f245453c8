using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Testing;
using SharedWarehouse.Web.Setup;

// Usage: PrintingBench <app data folder> <app base url> [wrk seconds=10] [wrk connections=32] [app pid]
// The app (started by bench/printing/run.sh on the same data folder) runs the print worker; this process plays
// the picker app (queues labels through ILabelPrinting on the same database) and the printers (fake TCP 9100).
var dataPath = args[0];
var appUrl = args[1].TrimEnd('/');
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var connections = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32;

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Printing:WorkerEnabled"] = "false" }).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddConsole());
services.AddSingleton(TimeProvider.System);
services.AddSingleton(Options.Create(new DatabaseOptions
{
    Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(dataPath, "sharedwarehouse.db")};Default Timeout=30",
}));
services.AddSingleton(Options.Create(new StorageOptions { DataPath = Directory.CreateTempSubdirectory("sw-printbench-").FullName }));
services.AddSharedWarehouseCore(configuration);
await using var provider = services.BuildServiceProvider();

async Task<Guid> AddPrinterAsync(string name, int port)
{
    await using var scope = provider.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SavePrinter(null, name, "127.0.0.1", port, "EscPos", 58, null, null));
    if (result.IsFailure) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    return result.Value;
}

async Task<Guid> EnqueueAsync(Guid printer, int n, string run)
{
    await using var scope = provider.CreateAsyncScope();
    var label = new LabelContent($"B{run}{n:D4}", $"SO{run}{n:D4}", $"SKU-{n % 37:D3}", "黑色", "XL", "十三行 A区 3-112", 1250 + n, "王五",
        DateOnly.FromDateTime(DateTime.UtcNow));
    var result = await scope.ServiceProvider.GetRequiredService<ILabelPrinting>().EnqueueAsync(label, new PrinterChoice(printer), $"bench:{run}:{n}", default);
    return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
}

async Task<Dictionary<PrintJobStatus, int>> StatusesAsync(IReadOnlyCollection<Guid> ids)
{
    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<PrintingDbContext>();
    return await db.Jobs.AsNoTracking().Where(j => ids.Contains(j.Id)).GroupBy(j => j.Status)
        .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
}

double Wrk(string label, out long requests)
{
    var wrk = Process.Start(new ProcessStartInfo("wrk", $"-t2 -c{connections} -d{seconds}s --latency {appUrl}/health/live")
        { RedirectStandardOutput = true, UseShellExecute = false })!;
    var output = wrk.StandardOutput.ReadToEnd();
    wrk.WaitForExit();
    var rate = double.Parse(Regex.Match(output, @"Requests/sec:\s+([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
    requests = long.Parse(Regex.Match(output, @"(\d+) requests in").Groups[1].Value, CultureInfo.InvariantCulture);
    var p99 = Regex.Match(output, @"\n\s+99%\s+(\S+)").Groups[1].Value;
    var errors = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)").Groups[1].Value;
    Console.WriteLine($"{label}: /health/live {rate:0}/s, p99 {p99}{(errors.Length > 0 ? $", non-2xx {errors}" : "")}");
    return rate;
}

var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);

// 1. 100 jobs queued at once (100 concurrent EnqueueAsync calls) to 5 printers; time until the printers have all 100.
var printers = Enumerable.Range(0, 5).Select(_ => FakeEscPosPrinter.Start()).ToList();
var printerIds = new List<Guid>();
for (var i = 0; i < printers.Count; i++) printerIds.Add(await AddPrinterAsync($"bench-{run}-{i}", printers[i].Port));
var clock = Stopwatch.StartNew();
var ids = await Task.WhenAll(Enumerable.Range(0, 100).Select(n => EnqueueAsync(printerIds[n % 5], n, run)));
var enqueued = clock.Elapsed;
while (printers.Sum(p => p.Received.Count) < 100 && clock.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(5);
var received = clock.Elapsed;
Dictionary<PrintJobStatus, int> statuses;
while ((statuses = await StatusesAsync(ids)).GetValueOrDefault(PrintJobStatus.Printed) < 100 && clock.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(10);
var marked = clock.Elapsed;
Console.WriteLine($"jobs: 100 labels to 5 printers: all 100 queued in {enqueued.TotalMilliseconds:0} ms, all received by the printers after "
    + $"{received.TotalMilliseconds:0} ms, all marked printed after {marked.TotalMilliseconds:0} ms "
    + $"({100 / received.TotalSeconds:0} labels/s); per printer: {string.Join(", ", printers.Select(p => p.Received.Count))} labels, "
    + $"max connections at once {printers.Max(p => p.MaxConcurrentConnections)}; duplicates {printers.Sum(p => p.Received.Count) - 100}");

// 2. /health/live with no printer stalled and with one stalled printer that has labels queued (the worker keeps
//    retrying it), alternated none/stalled/.../none (7 runs) after a warm-up so drift and other load on the machine
//    hit both sides; the ratio is mean(stalled) / mean(none). App CPU per 1,000 requests comes from /proc.
var appPid = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0;
double AppCpuSeconds()
{
    if (appPid == 0) return 0;
    // /proc/<pid>/stat: utime and stime (fields 14 and 15) in clock ticks of 1/100 s, after the "(comm)" field.
    var fields = File.ReadAllText($"/proc/{appPid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
}
await using var stalled = FakeEscPosPrinter.Start(FakePrinterMode.Stalled);
var stalledId = await AddPrinterAsync($"bench-{run}-stalled", stalled.Port);
Wrk("warm-up     ", out _);
var rates = new Dictionary<bool, List<double>> { [false] = [], [true] = [] };
var cpu = new Dictionary<bool, List<double>> { [false] = [], [true] = [] };
for (var round = 0; round < 7; round++)
{
    var stall = round % 2 == 1;
    Guid[] jobs = [];
    if (stall)
    {
        jobs = await Task.WhenAll(Enumerable.Range(1000 + round * 100, 30).Select(n => EnqueueAsync(stalledId, n, run)));
        while ((await StatusesAsync(jobs)).GetValueOrDefault(PrintJobStatus.Printing) == 0) await Task.Delay(20);
    }
    var before = AppCpuSeconds();
    var rate = Wrk(stall ? "one stalled " : "none stalled", out var requests);
    rates[stall].Add(rate);
    cpu[stall].Add((AppCpuSeconds() - before) / requests * 1000);
    if (!stall) continue;
    var after = await StatusesAsync(jobs);
    Console.WriteLine($"  stalled printer: {stalled.Connections} connections so far, accepted and never read; its 30 jobs: "
        + string.Join(", ", after.Select(kv => $"{kv.Key} {kv.Value}")) + "; app CPU " + $"{cpu[true][^1] * 1000:0.00} ms per 1,000 requests");
    await using (var scope = provider.CreateAsyncScope())
        await scope.ServiceProvider.GetRequiredService<PrintingDbContext>().Jobs.Where(j => j.PrinterId == stalledId).ExecuteDeleteAsync();
    await Task.Delay(2500); // the worker's attempt in flight times out; then nothing is queued for the stalled printer
}
Console.WriteLine($"mean none stalled {rates[false].Average():0}/s (app CPU {cpu[false].Average() * 1000:0.00} ms per 1,000), "
    + $"mean one stalled {rates[true].Average():0}/s (app CPU {cpu[true].Average() * 1000:0.00} ms per 1,000)");
Console.WriteLine($"ratio one stalled / none stalled: {rates[true].Average() / rates[false].Average():0.00}x (goal >= 0.90x)");
foreach (var p in printers) await p.DisposeAsync();
