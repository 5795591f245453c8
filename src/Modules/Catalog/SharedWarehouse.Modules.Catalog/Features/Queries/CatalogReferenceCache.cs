using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

/// The category tree and the brand list: read on every storefront page, changed a few times a year by an admin.
/// Kept in memory per application; every command that changes them calls Invalidate. A load that overlaps an
/// invalidation (the change's transaction commits a moment after its handler ran) is used once but not kept, and
/// every copy expires after MaxAge anyway, which also bounds how long another instance of the app shows old data.
public sealed class CatalogReferenceCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CommitWindow = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private Entry<IReadOnlyList<CategoryNode>>? _tree;
    private Entry<IReadOnlyList<BrandView>>? _brands;
    private DateTimeOffset _invalidatedAt = DateTimeOffset.MinValue;

    private sealed record Entry<T>(T Value, DateTimeOffset LoadedAt);

    /// The whole category tree, depth-first in display order (siblings by SortOrder, then name).
    public Task<IReadOnlyList<CategoryNode>> TreeAsync(CatalogDbContext db, CancellationToken ct) =>
        GetAsync(() => _tree, e => _tree = e, () => LoadTreeAsync(db, ct));

    /// All brands by name.
    public Task<IReadOnlyList<BrandView>> BrandsAsync(CatalogDbContext db, CancellationToken ct) =>
        GetAsync(() => _brands, e => _brands = e, async () => (IReadOnlyList<BrandView>)(await db.Brands.AsNoTracking()
            .Select(b => new BrandView(b.Id, b.Name)).ToListAsync(ct)).OrderBy(b => b.Name, StringComparer.Ordinal).ToList());

    public void Invalidate()
    {
        lock (_gate)
        {
            _tree = null;
            _brands = null;
            _invalidatedAt = time.GetUtcNow();
        }
    }

    private async Task<T> GetAsync<T>(Func<Entry<T>?> read, Action<Entry<T>> write, Func<Task<T>> load)
    {
        var now = time.GetUtcNow();
        lock (_gate)
            if (read() is { } entry && now - entry.LoadedAt < MaxAge) return entry.Value;
        var value = await load();
        lock (_gate)
            if (now - _invalidatedAt > CommitWindow) write(new Entry<T>(value, now));
        return value;
    }

    private static async Task<IReadOnlyList<CategoryNode>> LoadTreeAsync(CatalogDbContext db, CancellationToken ct)
    {
        var all = await db.Categories.AsNoTracking().Include(c => c.Attributes).ToListAsync(ct);
        var children = all.ToLookup(c => c.ParentId);
        var settings = all.ToDictionary(c => c.Id, c => new NoReasonReturnRule.Node(c.ParentId, c.NoReasonReturns));
        var result = new List<CategoryNode>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var c in children[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal))
            {
                result.Add(new CategoryNode(c.Id, c.Name, c.ParentId, c.SortOrder, depth,
                    c.Attributes.OrderBy(a => a.SortOrder).Select(a => new AttributeView(a.Id, a.Name, a.Type, a.Unit, a.Required)).ToList(),
                    c.NoReasonReturns, NoReasonReturnRule.Allows(c.Id, settings)));
                if (depth < 10) Walk(c.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }
}
