using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

/// The signed-in buyer's own reviews (newest first) and the received lines still waiting for one.
public sealed record ListMyReviews(Guid BuyerId, int PageNumber = 1, int PageSize = 10) : IQuery<MyReviews>;

public sealed record MyReviews(PagedResult<ReviewView> Reviews, IReadOnlyList<AwaitingReview> Awaiting);

public sealed record AwaitingReview(Guid OrderId, string OrderNumber, Guid LineId, string ProductName, string SpecText);

internal sealed class ListMyReviewsHandler(OrderingDbContext db) : IRequestHandler<ListMyReviews, MyReviews>
{
    private const int AwaitingLimit = 50;

    public async Task<MyReviews> Handle(ListMyReviews q, CancellationToken ct)
    {
        var mine = db.Reviews.AsNoTracking().Where(r => r.BuyerId == q.BuyerId);
        var page = await mine.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Select(ReviewView.FromReview).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        var awaiting = await (from o in db.Orders
                              from s in o.SubOrders
                              from l in s.Lines
                              where o.BuyerId == q.BuyerId && s.Status == OrderStatus.Received && !db.Reviews.Any(r => r.OrderLineId == l.Id)
                              orderby o.PlacedUtc descending
                              select new AwaitingReview(o.Id, o.Number, l.Id, l.ProductName, l.SpecText)).Take(AwaitingLimit).ToListAsync(ct);
        return new MyReviews(page, awaiting);
    }
}
