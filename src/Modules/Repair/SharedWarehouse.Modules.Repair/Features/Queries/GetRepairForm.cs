using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Repair.Data;

namespace SharedWarehouse.Modules.Repair.Features.Queries;

/// What the 申请维修 form shows: the buyer's sub-order and which of its lines already have an open repair. Null when the
/// sub-order is not the buyer's.
public sealed record GetRepairForm(Guid BuyerId, Guid SubOrderId) : IQuery<RepairForm?>;

public sealed record RepairForm(SubOrderForAfterSale SubOrder, IReadOnlySet<Guid> OpenLines);

internal sealed class GetRepairFormHandler(RepairDbContext db, IOrderLines orders) : IRequestHandler<GetRepairForm, RepairForm?>
{
    public async Task<RepairForm?> Handle(GetRepairForm q, CancellationToken ct)
    {
        var sub = await orders.FindForBuyerAsync(q.BuyerId, q.SubOrderId, ct);
        if (sub is null) return null;
        var ids = sub.Lines.Select(l => l.LineId).ToList();
        var open = await db.Repairs.Where(r => r.IsOpen && ids.Contains(r.OrderLineId)).Select(r => r.OrderLineId).ToListAsync(ct);
        return new RepairForm(sub, open.ToHashSet());
    }
}
