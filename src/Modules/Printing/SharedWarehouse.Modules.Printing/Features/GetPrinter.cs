using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;

namespace SharedWarehouse.Modules.Printing.Features;

public sealed record GetPrinter(Guid PrinterId) : IQuery<Printer?>;

internal sealed class GetPrinterHandler(PrintingDbContext db) : IRequestHandler<GetPrinter, Printer?>
{
    public Task<Printer?> Handle(GetPrinter query, CancellationToken ct) =>
        db.Printers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PrinterId, ct);
}
