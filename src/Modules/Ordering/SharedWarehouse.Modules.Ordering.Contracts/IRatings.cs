namespace SharedWarehouse.Modules.Ordering.Contracts;

/// Buyers' ratings (1–5) rolled up from reviews of received orders.
public sealed record RatingView(int Count, decimal Average);

public interface IRatings
{
    Task<IReadOnlyDictionary<Guid, RatingView>> ForProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct);
    Task<IReadOnlyDictionary<Guid, RatingView>> ForShopsAsync(IReadOnlyCollection<Guid> shopIds, CancellationToken ct);
}
