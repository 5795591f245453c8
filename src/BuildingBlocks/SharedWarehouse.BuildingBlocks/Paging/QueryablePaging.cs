using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.BuildingBlocks.Paging;

public static class QueryablePaging
{
    /// Counts, clamps the page size and the page number to the pages there are, and loads that page. The query must be ordered
    /// (with a unique tie-breaker) or rows can repeat or vanish between pages.
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(this IQueryable<T> ordered, int pageNumber, int pageSize, CancellationToken ct)
    {
        pageSize = PageMath.Size(pageSize);
        var total = await ordered.CountAsync(ct);
        var page = PageMath.Clamp(pageNumber, total, pageSize);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<T>(items, page, pageSize, total);
    }
}
