using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Courier.Features;

public sealed record WaybillPrintRow(Guid PrintJobId, string Printer, Guid? RequestedBy, DateTime RequestedUtc);

public sealed record WaybillDetail(IssuedWaybill Waybill, IReadOnlyList<TrackingRecord> Events, IReadOnlyList<WaybillPrintRow> Prints,
    WaybillContent Document);

public sealed record GetWaybillDetail(string TrackingNumber) : IQuery<WaybillDetail?>;

internal sealed class GetWaybillDetailHandler(CourierDbContext db, IRegionCatalog regions) : IRequestHandler<GetWaybillDetail, WaybillDetail?>
{
    public async Task<WaybillDetail?> Handle(GetWaybillDetail query, CancellationToken ct)
    {
        var number = ScanCode.Normalize(query.TrackingNumber); // as typed into the address bar, "sim…" too
        var waybill = await db.Waybills.AsNoTracking().Include(w => w.Events).FirstOrDefaultAsync(w => w.TrackingNumber == number, ct);
        if (waybill is null) return null;
        var prints = await db.Prints.AsNoTracking().Where(p => p.WaybillId == waybill.Id).OrderByDescending(p => p.RequestedUtc)
            .Select(p => new WaybillPrintRow(p.PrintJobId, p.Printer, p.RequestedBy, p.RequestedUtc)).ToListAsync(ct);
        var events = waybill.Events.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => ParcelProgress.Rank(e.Status)).ToList();
        return new WaybillDetail(waybill, events, prints, WaybillDocument.Of(waybill, regions));
    }
}
