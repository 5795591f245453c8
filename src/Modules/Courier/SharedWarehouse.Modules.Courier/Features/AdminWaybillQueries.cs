using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Courier.Features;

public sealed record WaybillRow(string TrackingNumber, string CarrierName, string Reference, string? OrderNumber, Guid ShopId, string ReceiverName,
    string Status, DateTime CreatedUtc, DateTime LastEventUtc);

/// Text matches a tracking number or an order number exactly (what is scanned or pasted); ShopId narrows to one shop.
public sealed record ListWaybills(string? Text, Guid? ShopId, int PageNumber = 1, int PageSize = 30) : IQuery<PagedResult<WaybillRow>>;

internal sealed class ListWaybillsHandler(CourierDbContext db) : IRequestHandler<ListWaybills, PagedResult<WaybillRow>>
{
    public async Task<PagedResult<WaybillRow>> Handle(ListWaybills query, CancellationToken ct)
    {
        var waybills = db.Waybills.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var tracking = text.ToUpperInvariant(); // tracking numbers are upper case; a typed "sim…" still finds it
            waybills = waybills.Where(w => w.TrackingNumber == tracking || w.OrderNumber == text);
        }
        if (query.ShopId is { } shop) waybills = waybills.Where(w => w.ShopId == shop);
        return await waybills.OrderByDescending(w => w.CreatedUtc).ThenByDescending(w => w.Id)
            .Select(w => new WaybillRow(w.TrackingNumber, w.CarrierName, w.Reference, w.OrderNumber, w.ShopId, w.Receiver.Name, w.Status, w.CreatedUtc,
                w.LastEventUtc))
            .ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
    }
}

public sealed record WaybillPrintRow(Guid PrintJobId, string Printer, Guid? RequestedBy, DateTime RequestedUtc);

public sealed record WaybillDetail(IssuedWaybill Waybill, IReadOnlyList<TrackingRecord> Events, IReadOnlyList<WaybillPrintRow> Prints,
    WaybillContent Document);

public sealed record GetWaybillDetail(string TrackingNumber) : IQuery<WaybillDetail?>;

internal sealed class GetWaybillDetailHandler(CourierDbContext db, IRegionCatalog regions) : IRequestHandler<GetWaybillDetail, WaybillDetail?>
{
    public async Task<WaybillDetail?> Handle(GetWaybillDetail query, CancellationToken ct)
    {
        var number = query.TrackingNumber?.Trim().ToUpperInvariant() ?? ""; // as typed into the address bar, "sim…" too
        var waybill = await db.Waybills.AsNoTracking().Include(w => w.Events).FirstOrDefaultAsync(w => w.TrackingNumber == number, ct);
        if (waybill is null) return null;
        var prints = await db.Prints.AsNoTracking().Where(p => p.WaybillId == waybill.Id).OrderByDescending(p => p.RequestedUtc)
            .Select(p => new WaybillPrintRow(p.PrintJobId, p.Printer, p.RequestedBy, p.RequestedUtc)).ToListAsync(ct);
        var events = waybill.Events.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => ParcelProgress.Rank(e.Status)).ToList();
        return new WaybillDetail(waybill, events, prints, WaybillDocument.Of(waybill, regions));
    }
}
