using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Modules.Printing.Queue;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Printing;

public static class PrintingGiven
{
    public static LabelContent Label(string labelId, string order = "SO20261123001") =>
        new(labelId, order, "JK-001-BLK-XL", "黑色", "XL", "十三行 A区 3-112", 1250, "王五", new DateOnly(2026, 11, 23));

    public static string NewLabelId() => "L" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static async Task<Guid> PrinterAsync(this AppFixture app, int port, string host = "127.0.0.1", string? pickerPhone = null, int paper = 58)
    {
        var result = await app.SendAsync(new SavePrinter(null, "打印机" + Guid.NewGuid().ToString("N")[..8], host, port, "EscPos", paper, pickerPhone, null));
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }

    public static Task<Result<Guid>> EnqueueAsync(this AppFixture app, Guid printerId, LabelContent label, string? key = null) =>
        app.WithScopeAsync(s => s.GetRequiredService<ILabelPrinting>().EnqueueAsync(label, new PrinterChoice(printerId), key ?? "pick:" + label.LabelId, default));

    public static async Task<Guid> QueuedAsync(this AppFixture app, Guid printerId, string? labelId = null)
    {
        var result = await app.EnqueueAsync(printerId, Label(labelId ?? NewLabelId()));
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }

    public static PrintDispatcher Dispatcher(this AppFixture app) => app.Services.GetRequiredService<PrintDispatcher>();

    /// A second dispatcher over the same database: what a restarted process starts with (no in-memory state).
    public static PrintDispatcher RestartedDispatcher(this AppFixture app) => ActivatorUtilities.CreateInstance<PrintDispatcher>(app.Services);

    /// Short network timeouts so offline and stalled printers fail fast in tests.
    public static PrintingOptions PrintingOptions(this AppFixture app)
    {
        var options = app.Services.GetRequiredService<PrintingOptions>();
        options.ConnectTimeoutMs = 1000;
        options.WriteTimeoutMs = 1000;
        return options;
    }

    public static Task<PrintJob> JobAsync(this AppFixture app, Guid id) =>
        app.QueryAsync<PrintingDbContext, PrintJob>(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id));

    public static Task<List<PrintJob>> JobsOfAsync(this AppFixture app, Guid printerId) =>
        app.QueryAsync<PrintingDbContext, List<PrintJob>>(db => db.Jobs.AsNoTracking().Where(j => j.PrinterId == printerId).ToListAsync());
}
