using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.BuildingBlocks.Web;

/// Model of the shared pager partial (_Pager). Its links keep the current query string (the list's filters) and
/// change only "page". Path: the list's address, for a list shown again by a POST to another address (a form
/// error); null = the current request's path.
public sealed record PagerModel(int PageNumber, int PageCount, string? Path = null)
{
    public IReadOnlyList<int?> Window => PageMath.Window(PageNumber, PageCount);

    public static PagerModel Of<T>(PagedResult<T> page, string? path = null) => new(page.PageNumber, page.PageCount, path);
}
