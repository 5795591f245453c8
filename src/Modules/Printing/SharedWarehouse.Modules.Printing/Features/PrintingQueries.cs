using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Rendering;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Printing.Features;

public sealed record PrinterRow(Guid Id, string Name, string Host, int Port, PrinterProtocol Protocol, int PaperWidthMm, string? PickerPhone,
    string? Station, int Waiting, int Failing, string? LastError);

public sealed record ListPrinters : IQuery<IReadOnlyList<PrinterRow>>;

internal sealed class ListPrintersHandler(PrintingDbContext db) : IRequestHandler<ListPrinters, IReadOnlyList<PrinterRow>>
{
    public async Task<IReadOnlyList<PrinterRow>> Handle(ListPrinters query, CancellationToken ct)
    {
        var printers = await db.Printers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var open = await db.Jobs.AsNoTracking()
            .Where(j => j.Status != PrintJobStatus.Printed && j.Status != PrintJobStatus.Failed)
            .GroupBy(j => j.PrinterId)
            .Select(g => new { PrinterId = g.Key, Waiting = g.Count(), Failing = g.Count(j => j.Status == PrintJobStatus.Retrying) })
            .ToDictionaryAsync(x => x.PrinterId, ct);
        var errors = await db.Jobs.AsNoTracking().Where(j => j.Status == PrintJobStatus.Retrying || j.Status == PrintJobStatus.Failed)
            .OrderByDescending(j => j.LastAttemptUtc).Select(j => new { j.PrinterId, j.LastError }).Take(200).ToListAsync(ct);
        return printers.Select(p => new PrinterRow(p.Id, p.Name, p.Host, p.Port, p.Protocol, p.PaperWidthMm, p.PickerPhone, p.Station,
            open.GetValueOrDefault(p.Id)?.Waiting ?? 0, open.GetValueOrDefault(p.Id)?.Failing ?? 0,
            errors.FirstOrDefault(e => e.PrinterId == p.Id)?.LastError)).ToList();
    }
}

public sealed record GetPrinter(Guid PrinterId) : IQuery<Printer?>;

internal sealed class GetPrinterHandler(PrintingDbContext db) : IRequestHandler<GetPrinter, Printer?>
{
    public Task<Printer?> Handle(GetPrinter query, CancellationToken ct) =>
        db.Printers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PrinterId, ct);
}

public sealed record PrintJobRow(Guid Id, Guid PrinterId, string PrinterName, PrintDocument Kind, string LabelId, string OrderNumber, PrintJobStatus Status,
    int Attempts, string? LastError, DateTime CreatedUtc, DateTime? LastAttemptUtc, DateTime NextAttemptUtc, DateTime? PrintedUtc, Guid? ReprintOfId);

public sealed record ListPrintJobs(PrintJobStatus? Status, Guid? PrinterId, int PageNumber = 1, int PageSize = 30) : IQuery<PagedResult<PrintJobRow>>;

internal sealed class ListPrintJobsHandler(PrintingDbContext db) : IRequestHandler<ListPrintJobs, PagedResult<PrintJobRow>>
{
    public async Task<PagedResult<PrintJobRow>> Handle(ListPrintJobs query, CancellationToken ct)
    {
        var jobs = db.Jobs.AsNoTracking();
        if (query.Status is { } status) jobs = jobs.Where(j => j.Status == status);
        if (query.PrinterId is { } printer) jobs = jobs.Where(j => j.PrinterId == printer);
        var total = await jobs.CountAsync(ct);
        var size = PageMath.Size(query.PageSize);
        var number = PageMath.Clamp(query.PageNumber, total, size);
        var items = await jobs.OrderByDescending(j => j.CreatedUtc).ThenByDescending(j => j.Id).Skip((number - 1) * size).Take(size)
            .Join(db.Printers, j => j.PrinterId, p => p.Id, (j, p) => new PrintJobRow(j.Id, j.PrinterId, p.Name, j.Kind, j.LabelId, j.OrderNumber, j.Status,
                j.Attempts, j.LastError, j.CreatedUtc, j.LastAttemptUtc, j.NextAttemptUtc, j.PrintedUtc, j.ReprintOfId))
            .ToListAsync(ct);
        // SQLite cannot keep the ORDER BY through the join reliably: order again in memory.
        return new PagedResult<PrintJobRow>(items.OrderByDescending(j => j.CreatedUtc).ThenByDescending(j => j.Id).ToList(), number, size, total);
    }
}

/// A job's content as queued, for its preview: a pick label or a waybill (by Kind), drawn by its own layout.
public sealed record JobDocument(PrintDocument Kind, string ContentJson, int PaperWidthMm, byte[] Payload)
{
    public string Svg() => Kind == PrintDocument.Waybill
        ? WaybillSvg.Render(JsonSerializer.Deserialize<WaybillContent>(ContentJson)!, PaperWidthMm)
        : LabelSvg.Render(JsonSerializer.Deserialize<LabelContent>(ContentJson)!, PaperWidthMm);
}

public sealed record GetJobDocument(Guid JobId) : IQuery<JobDocument?>;

internal sealed class GetJobDocumentHandler(PrintingDbContext db) : IRequestHandler<GetJobDocument, JobDocument?>
{
    public Task<JobDocument?> Handle(GetJobDocument query, CancellationToken ct) =>
        db.Jobs.AsNoTracking().Where(j => j.Id == query.JobId)
            .Select(j => new JobDocument(j.Kind, j.LabelJson, j.PaperWidthMm, j.Payload)).FirstOrDefaultAsync(ct);
}

public sealed record GetJobState(Guid JobId) : IQuery<PrintJobState?>;

internal sealed class GetJobStateHandler(PrintingDbContext db) : IRequestHandler<GetJobState, PrintJobState?>
{
    public Task<PrintJobState?> Handle(GetJobState query, CancellationToken ct) =>
        db.Jobs.AsNoTracking().Where(j => j.Id == query.JobId)
            .Select(j => new PrintJobState(j.Id, j.Status.ToString(), j.Attempts, j.LastError, j.PrintedUtc)).FirstOrDefaultAsync(ct);
}
