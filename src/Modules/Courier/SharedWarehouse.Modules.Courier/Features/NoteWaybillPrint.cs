using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Features;

/// One row per print job; the same job noted again (a retried request) changes nothing.
public sealed record NoteWaybillPrint(Guid WaybillId, Guid PrintJobId, string Printer, Guid? RequestedBy) : ICommand<Guid>;

internal sealed class NoteWaybillPrintHandler(CourierDbContext db, TimeProvider time) : IRequestHandler<NoteWaybillPrint, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(NoteWaybillPrint c, CancellationToken ct)
    {
        if (await db.Prints.AnyAsync(p => p.PrintJobId == c.PrintJobId, ct)) return c.PrintJobId;
        db.Prints.Add(WaybillPrint.Of(c.WaybillId, c.PrintJobId, c.Printer, c.RequestedBy, time.GetUtcNow().UtcDateTime));
        return c.PrintJobId;
    }
}
