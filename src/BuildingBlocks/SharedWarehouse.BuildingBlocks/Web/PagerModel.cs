using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.BuildingBlocks.Web;

/// Model of the shared pager partial (_Pager). Its links keep the current query string (the list's filters) and
/// change only "page". Path: the list's address, for a list shown again by a POST to another address (a form
/// error); null = the current request's path.
public sealed record PagerModel(int PageNumber, int PageCount, string? Path = null)
{
    public IReadOnlyList<int?> Window => PageMath.Window(PageNumber, PageCount);

    /// A jump box is offered once the window hides pages (a gap "…" stands for them): the only way to page 37 of 80
    /// that is not 30 clicks.
    public bool OffersJump => Window.Any(n => n is null);

    public static PagerModel Of<T>(PagedResult<T> page, string? path = null) => new(page.PageNumber, page.PageCount, path);
}
