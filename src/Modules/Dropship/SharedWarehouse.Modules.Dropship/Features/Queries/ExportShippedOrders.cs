using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Queries;

public sealed record ShippedExportRow(string ExternalOrderId, string Channel, string Number, string Carrier, string TrackingNumber, DateTime ShippedUtc,
    MarketplacePlatform? Source);

/// Shipped orders with their tracking numbers for the outside shops (the tracking export), newest first, at most
/// 5,000. For one marketplace: its orders and those of no known marketplace (our template, the API), never another
/// marketplace's, whose ids that platform's upload would refuse.
public sealed record ExportShippedOrders(Guid ShopId, DateTime FromUtc, DateTime ToUtc, MarketplacePlatform? Platform = null)
    : IQuery<IReadOnlyList<ShippedExportRow>>;

internal sealed class ExportShippedOrdersHandler(DropshipDbContext db) : IRequestHandler<ExportShippedOrders, IReadOnlyList<ShippedExportRow>>
{
    public async Task<IReadOnlyList<ShippedExportRow>> Handle(ExportShippedOrders q, CancellationToken ct)
    {
        var shipped = db.Orders.AsNoTracking()
            .Where(o => o.ShopId == q.ShopId && o.Status == DropshipOrderStatus.Shipped && o.ShippedUtc >= q.FromUtc && o.ShippedUtc < q.ToUtc);
        if (q.Platform is { } platform) shipped = shipped.Where(o => o.SourcePlatform == platform || o.SourcePlatform == null);
        return await shipped.OrderByDescending(o => o.ShippedUtc).Take(5_000)
            .Select(o => new ShippedExportRow(o.ExternalOrderId, o.Channel, o.Number, o.CarrierName ?? "", o.TrackingNumber ?? "", o.ShippedUtc!.Value,
                o.SourcePlatform))
            .ToListAsync(ct);
    }
}
