using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;

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
