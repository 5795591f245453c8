using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.PickerWeb;

namespace SharedWarehouse.WebTests;

/// A picker with more open tasks than a page holds sees how many there are, can narrow the list to a market, and
/// reaches every task by paging (the list used to stop silently at 500).
[Collection(WebCollection.Name)]
public sealed class DropshipPickerPagingTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_picker_with_more_than_500_open_tasks_sees_the_total_and_reaches_every_task_page_by_page()
    {
        var team = Guid.CreateVersion7();
        var picker = await PickerAsync(factory, team);
        var seeded = await ManyTasksAsync(factory, team, 530, "沙河市场", "十三行");

        var page = await picker.Visitor.GetAsync("/picker");
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.TestId("open-count").ShouldBe("530");
        page.TestId("task-total").ShouldStartWith("共 530 个任务");
        page.TestId("task-total")!.ShouldContain("第 1/6 页");
        page.Document.QuerySelectorAll("[data-testid='market-link']").Select(a => a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0])
            .ShouldBe(["十三行", "沙河市场"], ignoreOrder: true);

        var seen = new List<string>();
        var pages = 0;
        while (true)
        {
            pages++;
            var cards = page.Document.QuerySelectorAll("[data-testid='task']").Select(c => c.GetAttribute("data-task")!).ToList();
            cards.Count.ShouldBeLessThanOrEqualTo(100);
            seen.AddRange(cards);
            // Every action on a card comes back to this page.
            var form = page.Document.QuerySelector("form[action$='/picked'], form[action*='/picked?']");
            if (pages > 1) form!.GetAttribute("action")!.ShouldEndWith($"?page={pages}");
            var next = page.Document.QuerySelector("[data-testid='next-page']")?.GetAttribute("href");
            if (next is null) break;
            page = await picker.Visitor.GetAsync(next);
            page.Status.ShouldBe(HttpStatusCode.OK);
        }
        pages.ShouldBe(6);
        seen.Count.ShouldBe(530);
        seen.Select(Guid.Parse).ShouldBe(seeded, ignoreOrder: true); // the last one too, none twice

        // One market: its own total, its tasks only.
        var market = page.Document.QuerySelectorAll("[data-testid='market-link']").First(a => a.TextContent.Contains("十三行", StringComparison.Ordinal));
        var narrowed = await picker.Visitor.GetAsync(market.GetAttribute("href")!);
        narrowed.TestId("task-total").ShouldStartWith("共 265 个任务");
        narrowed.Document.QuerySelectorAll("[data-testid='market-name']").Select(m => m.TextContent.Trim()).Distinct().ShouldBe(["十三行"]);
        narrowed.TestId("open-count").ShouldBe("530");
    }

    [Fact]
    public async Task A_tap_on_a_later_page_comes_back_to_that_page()
    {
        var team = Guid.CreateVersion7();
        var picker = await PickerAsync(factory, team);
        var seeded = await ManyTasksAsync(factory, team, 120, "国大服装城");
        var second = await picker.Visitor.GetAsync("/picker?page=2");
        var id = second.Document.QuerySelector("[data-testid='task']")!.GetAttribute("data-task")!;
        var action = $"/picker/tasks/{id}/out-of-stock?page=2";
        var tapped = await picker.Visitor.PostAsync(action, [], second.Token(action));
        tapped.Status.ShouldBe(HttpStatusCode.Redirect, tapped.ToString());
        tapped.Location.ShouldBe($"/picker?page=2#card-{Guid.Parse(id):N}");
        var back = await picker.Visitor.FollowAsync(tapped);
        back.Document.QuerySelector($"[data-task='{id}'] [data-testid='note']")!.TextContent.Trim().ShouldBe("已登记无货，等待商家处理");
        back.TestId("open-count").ShouldBe("119");
        seeded.ShouldContain(Guid.Parse(id));
    }
}
