using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Printing.Features;

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
