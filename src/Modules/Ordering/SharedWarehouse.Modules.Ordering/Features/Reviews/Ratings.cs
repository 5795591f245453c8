using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

internal sealed class Ratings(OrderingDbContext db) : IRatings
{
    public Task<IReadOnlyDictionary<Guid, RatingView>> ForProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct) =>
        LoadAsync(RatedSubject.Product, productIds, ct);

    public Task<IReadOnlyDictionary<Guid, RatingView>> ForShopsAsync(IReadOnlyCollection<Guid> shopIds, CancellationToken ct) =>
        LoadAsync(RatedSubject.Shop, shopIds, ct);

    private async Task<IReadOnlyDictionary<Guid, RatingView>> LoadAsync(RatedSubject subject, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        var rows = await db.Ratings.AsNoTracking().Where(r => r.Subject == subject && list.Contains(r.SubjectId) && r.Count > 0).ToListAsync(ct);
        return rows.ToDictionary(r => r.SubjectId, r => new RatingView(r.Count, Math.Round((decimal)r.RatingSum / r.Count, 1)));
    }
}
