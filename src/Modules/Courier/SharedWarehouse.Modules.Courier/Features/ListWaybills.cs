using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.SharedKernel;
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
            // Numbers are stored in their scanned form (ScanCode): a typed "sim …" finds SIM…; an order number as given too.
            var text = query.Text.Trim();
            var code = ScanCode.Normalize(text);
            waybills = waybills.Where(w => w.TrackingNumber == code || w.OrderNumber == text || w.OrderNumber == code);
        }
        if (query.ShopId is { } shop) waybills = waybills.Where(w => w.ShopId == shop);
        return await waybills.OrderByDescending(w => w.CreatedUtc).ThenByDescending(w => w.Id)
            .Select(w => new WaybillRow(w.TrackingNumber, w.CarrierName, w.Reference, w.OrderNumber, w.ShopId, w.Receiver.Name, w.Status, w.CreatedUtc,
                w.LastEventUtc))
            .ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
    }
}
