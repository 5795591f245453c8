namespace SharedWarehouse.BuildingBlocks.Paging;

/// The arithmetic of every paged list and pager, in one place.
public static class PageMath
{
    public const int MaxPageSize = 100;

    /// A page size from a request → 1..MaxPageSize, so a crafted ?pageSize=1000000 cannot load a whole table.
    public static int Size(int requested) => Math.Clamp(requested, 1, MaxPageSize);

    /// At least one page, so an empty list still shows "page 1 of 1" and a clamped page number is always valid.
    public static int PageCount(int total, int pageSize) =>
        (int)Math.Max(1, ((long)Math.Max(0, total) + Math.Max(1, pageSize) - 1) / Math.Max(1, pageSize));

    /// A page number from the query string (0, negative, past the end after rows were deleted) → a page that exists.
    public static int Clamp(int pageNumber, int total, int pageSize) => Math.Clamp(pageNumber, 1, PageCount(total, pageSize));

    /// The page numbers a pager shows: the first, the last, and the current one ±radius; null marks a gap ("…").
    /// A gap of a single page shows that page instead, since "…" would take the same room and hide it.
    public static IReadOnlyList<int?> Window(int current, int pageCount, int radius = 2)
    {
        pageCount = Math.Max(1, pageCount);
        current = Math.Clamp(current, 1, pageCount);
        var shown = new List<int?>();
        var previous = 0;
        for (var page = 1; page <= pageCount; page++)
        {
            var visible = page == 1 || page == pageCount || Math.Abs(page - current) <= radius;
            if (!visible) continue;
            if (page - previous == 2) shown.Add(page - 1);
            else if (page - previous > 2) shown.Add(null);
            shown.Add(page);
            previous = page;
        }
        return shown;
    }
}
