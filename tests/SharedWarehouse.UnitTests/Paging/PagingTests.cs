using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.UnitTests.Paging;

public sealed class PagingTests
{
    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(1, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(100, 10, 10)]
    [InlineData(int.MaxValue, 1, int.MaxValue)]
    public void Page_count_is_at_least_one_and_rounds_up(int total, int pageSize, int pages) =>
        PageMath.PageCount(total, pageSize).ShouldBe(pages);

    [Theory]
    [InlineData(0, 45, 20, 1)]
    [InlineData(-3, 45, 20, 1)]
    [InlineData(2, 45, 20, 2)]
    [InlineData(9, 45, 20, 3)]
    [InlineData(5, 0, 20, 1)]
    public void A_page_number_from_the_query_string_is_clamped_to_a_page_that_exists(int requested, int total, int pageSize, int page) =>
        PageMath.Clamp(requested, total, pageSize).ShouldBe(page);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 50)]
    [InlineData(100_000, PageMath.MaxPageSize)]
    public void A_page_size_is_clamped_so_a_request_cannot_load_a_whole_table(int requested, int size) =>
        PageMath.Size(requested).ShouldBe(size);

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(1, 10, new[] { 1, 2, 3, 0, 10 })]
    [InlineData(10, 10, new[] { 1, 0, 8, 9, 10 })]
    [InlineData(5, 10, new[] { 1, 2, 3, 4, 5, 6, 7, 0, 10 })]
    [InlineData(6, 12, new[] { 1, 0, 4, 5, 6, 7, 8, 0, 12 })]
    [InlineData(50, 3, new[] { 1, 2, 3 })]
    public void The_window_shows_first_last_and_current_plus_minus_two_with_gaps(int current, int pages, int[] shown) =>
        PageMath.Window(current, pages).Select(p => p ?? 0).ShouldBe(shown); // 0 stands for a "…" gap

    [Fact]
    public void A_gap_of_one_page_shows_the_page_instead_of_an_ellipsis() =>
        PageMath.Window(5, 9).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    [Fact]
    public void An_empty_list_is_one_empty_page()
    {
        var page = PagedResult<string>.Of([], 3, 20);

        page.Items.ShouldBeEmpty();
        page.PageNumber.ShouldBe(1);
        page.PageCount.ShouldBe(1);
        page.Total.ShouldBe(0);
    }

    [Fact]
    public void A_list_in_memory_is_cut_into_the_clamped_page()
    {
        var page = PagedResult<int>.Of(Enumerable.Range(1, 45).ToList(), 7, 20);

        page.PageNumber.ShouldBe(3);
        page.Items.ShouldBe([41, 42, 43, 44, 45]);
        page.PageCount.ShouldBe(3);
    }

    [Fact]
    public void Mapping_a_page_keeps_its_numbers()
    {
        var page = new PagedResult<int>([1, 2], 2, 2, 5, TotalIsLowerBound: true).Map(n => n * 10);

        page.Items.ShouldBe([10, 20]);
        (page.PageNumber, page.PageSize, page.Total, page.PageCount, page.TotalIsLowerBound).ShouldBe((2, 2, 5, 3, true));
    }

    [Fact]
    public void The_pager_model_takes_its_numbers_from_the_page() =>
        PagerModel.Of(new PagedResult<int>([], 4, 10, 95), "/merchant/stock").ShouldBe(new PagerModel(4, 10, "/merchant/stock"));
}
