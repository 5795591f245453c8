using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Printing.Features;

internal static class PrinterLookup
{
    /// The job already queued under this key, or a new one for the printer the choice names (made by `make`, which may
    /// refuse: e.g. a barcode too wide for that printer's paper); the unique key index refuses a racing twin at save.
    public static async Task<Result<Guid>> QueueOnceAsync(this PrintingDbContext db, string key, PrinterChoice choice,
        Func<Printer, Result<PrintJob>> make, CancellationToken ct)
    {
        var existing = await db.Jobs.Where(j => j.IdempotencyKey == key).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) return id;
        var printer = await db.FindPrinterAsync(choice, ct);
        if (printer is null) return Error.Validation("Printer", "找不到指定的打印机");
        var job = make(printer);
        if (job.IsFailure) return Result<Guid>.Failure(job.Errors);
        db.Jobs.Add(job.Value);
        return job.Value.Id;
    }

    /// The printer a choice names: the explicit one, the picker's, or the first (by name) of the station.
    public static Task<Printer?> FindPrinterAsync(this PrintingDbContext db, PrinterChoice choice, CancellationToken ct)
    {
        if (choice.PrinterId is { } id) return db.Printers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (!string.IsNullOrWhiteSpace(choice.PickerPhone))
        {
            var phone = MainlandMobile.Normalize(choice.PickerPhone);
            return db.Printers.FirstOrDefaultAsync(p => p.PickerPhone == phone, ct);
        }
        var station = choice.Station!.Trim();
        return db.Printers.Where(p => p.Station == station).OrderBy(p => p.Name).FirstOrDefaultAsync(ct);
    }
}
