using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Features;

public sealed record FindWaybill(string TrackingNumber) : IQuery<Waybill?>;

internal sealed class FindWaybillHandler(CourierDbContext db) : IRequestHandler<FindWaybill, Waybill?>
{
    public async Task<Waybill?> Handle(FindWaybill query, CancellationToken ct)
    {
        var number = ScanCode.Normalize(query.TrackingNumber);
        var waybill = await db.Waybills.AsNoTracking().FirstOrDefaultAsync(w => w.TrackingNumber == number, ct);
        return waybill?.ToContract();
    }
}
