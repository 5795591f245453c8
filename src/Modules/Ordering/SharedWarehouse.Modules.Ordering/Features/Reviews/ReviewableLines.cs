using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

/// Which lines of the buyer's order can still be reviewed (received, not yet reviewed).
public sealed record ReviewableLines(Guid BuyerId, Guid OrderId) : IQuery<IReadOnlySet<Guid>>;

internal sealed class ReviewableLinesHandler(OrderingDbContext db) : IRequestHandler<ReviewableLines, IReadOnlySet<Guid>>
{
    public async Task<IReadOnlySet<Guid>> Handle(ReviewableLines q, CancellationToken ct) =>
        (await (from o in db.Orders
                from s in o.SubOrders
                from l in s.Lines
                where o.Id == q.OrderId && o.BuyerId == q.BuyerId && s.Status == OrderStatus.Received && !db.Reviews.Any(r => r.OrderLineId == l.Id)
                select l.Id).ToListAsync(ct)).ToHashSet();
}
