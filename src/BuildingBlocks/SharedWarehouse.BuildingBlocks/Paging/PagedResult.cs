namespace SharedWarehouse.BuildingBlocks.Paging;

/// One page of a list. TotalIsLowerBound: counting stopped at Total (a storefront search counts no further than
/// the pages it offers).
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total, bool TotalIsLowerBound = false)
{
    public int PageCount => PageMath.PageCount(Total, PageSize);

    public static PagedResult<T> Empty(int pageSize) => new([], 1, pageSize, 0);

    /// A page of a list already in memory (filtered after loading), with the same clamping as ToPagedResultAsync.
    public static PagedResult<T> Of(IReadOnlyList<T> all, int pageNumber, int pageSize)
    {
        pageSize = PageMath.Size(pageSize);
        var page = PageMath.Clamp(pageNumber, all.Count, pageSize);
        return new(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count);
    }

    /// The same page with its rows turned into what the page shows (rows loaded by EF, shaped in memory).
    public PagedResult<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), PageNumber, PageSize, Total, TotalIsLowerBound);
}
