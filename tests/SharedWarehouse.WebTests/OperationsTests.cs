using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class OperationsTests(SharedWarehouseFactory factory)
{
    private string ReadLogs()
    {
        var folder = Path.Combine(factory.DataPath, "logs");
        return string.Concat(Directory.GetFiles(folder, "*.log").Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }));
    }

    [Fact]
    public async Task Requests_are_logged_one_line_each_with_user_and_correlation_id_but_never_passwords_or_id_numbers()
    {
        const string password = "Sesame4711x";
        var buyer = await factory.BuyerAsync(password: password);
        var applied = await buyer.ApplyAsync(NewShopName("日志店"));
        applied.Status.ShouldBe(HttpStatusCode.Redirect, applied.ToString());
        var correlationId = applied.Response.Headers.GetValues("X-Correlation-Id").Single();

        var logs = ReadLogs();

        logs.ShouldContain("HTTP POST /merchant-application/edit responded 302");
        logs.ShouldContain(correlationId);
        logs.ShouldNotContain(password);
        logs.ShouldNotContain(ValidIdNumber);
        logs.ShouldNotContain(buyer.Phone!); // phones appear masked only (138****5678)
    }

    [Fact]
    public async Task The_jobs_page_lists_each_job_with_next_run_and_last_outcome()
    {
        var admin = await factory.AdminAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        Page page;
        do
        {
            page = await admin.GetAsync("/admin/jobs");
            page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        } while (!page.Html.Contains("delivered") && DateTime.UtcNow < deadline && await Delay());

        var row = page.Document.QuerySelectorAll("[data-testid='jobs'] tbody tr").Single(r => r.TextContent.Contains("outbox-dispatch"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        cells[2].ShouldMatch(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"); // next run
        cells[3].ShouldMatch(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"); // last run
        cells[4].ShouldContain("delivered");
    }

    [Fact]
    public async Task Buyers_cannot_open_the_jobs_page()
    {
        var buyer = await factory.BuyerAsync();

        var page = await buyer.GetAsync("/admin/jobs");

        page.IsRedirect.ShouldBeTrue();
        page.Location!.ShouldStartWith("/account/denied");
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(300);
        return true;
    }
}
