using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Admin printer pages and print-jobs page, with the host's own print worker sending to fake TCP 9100 printers.
[Collection(WebCollection.Name)]
public sealed class PrintingTests(SharedWarehouseFactory factory)
{
    private static List<KeyValuePair<string, string>> PrinterFields(string name, string host, string port, string paper = "58",
        string phone = "", string station = "") =>
        [F("Name", name), F("Host", host), F("Port", port), F("Protocol", "EscPos"), F("PaperWidthMm", paper), F("PickerPhone", phone), F("Station", station)];

    private static string NewName() => "标签机" + Guid.NewGuid().ToString("N")[..8];

    private Task<int> PrinterCountAsync() => WithDb(db => db.Printers.CountAsync());

    private async Task<T> WithDb<T>(Func<PrintingDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PrintingDbContext>());
    }

    private async Task<Guid> AddPrinterAsync(Visitor admin, int port)
    {
        var name = NewName();
        var added = await admin.SubmitAsync("/admin/printers", "/admin/printers", PrinterFields(name, "127.0.0.1", port.ToString()));
        added.Status.ShouldBe(HttpStatusCode.Redirect, added.ToString());
        return await WithDb(db => db.Printers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
    }

    /// Presses "print a test label" on the printers page; returns the new job's id.
    private async Task<Guid> PrintTestLabelAsync(Visitor admin, Guid printerId)
    {
        var before = await WithDb(db => db.Jobs.Where(j => j.PrinterId == printerId).Select(j => j.Id).ToListAsync());
        var pressed = await admin.SubmitAsync("/admin/printers", $"/admin/printers/{printerId}/test", []);
        pressed.Status.ShouldBe(HttpStatusCode.Redirect, pressed.ToString());
        pressed.Location.ShouldBe($"/admin/print-jobs?printerId={printerId}");
        return await WithDb(db => db.Jobs.Where(j => j.PrinterId == printerId && !before.Contains(j.Id)).Select(j => j.Id).SingleAsync());
    }

    private static async Task<Page> JobRowAsync(Visitor admin, Guid printerId, Guid jobId, string status, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await admin.GetAsync($"/admin/print-jobs?printerId={printerId}");
            page.Status.ShouldBe(HttpStatusCode.OK);
            if (page.Text($"tr[data-job='{jobId}'] [data-testid='status']") == status) return page;
            if (clock.Elapsed > timeout)
                throw new ShouldAssertException($"job {jobId} not '{status}' after {timeout}: {page.Text($"tr[data-job='{jobId}']")}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Bad_printer_input_is_shown_next_to_each_field_keeps_the_values_and_adds_nothing()
    {
        var admin = await factory.AdminAsync();
        var before = await PrinterCountAsync();

        var page = await admin.SubmitAsync("/admin/printers", "/admin/printers",
            PrinterFields("", "not a host!", "abc", paper: "70", phone: "12345", station: "二号工位"));

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.FieldError("Name").ShouldBe("请填写打印机名称");
        page.FieldError("Host").ShouldNotBeNull();
        page.FieldError("Port").ShouldBe("端口应在 1 到 65535 之间");
        page.FieldError("PaperWidthMm").ShouldBe("纸宽只能是 58 或 80 毫米");
        page.FieldError("PickerPhone").ShouldNotBeNull();
        page.InputValue("Host").ShouldBe("not a host!");
        page.InputValue("Port").ShouldBe("abc");
        page.InputValue("PickerPhone").ShouldBe("12345");
        page.InputValue("Station").ShouldBe("二号工位");
        (await PrinterCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_printer_is_added_with_port_9100_by_default_and_edited_with_errors_kept_on_the_edit_form()
    {
        var admin = await factory.AdminAsync();
        (await admin.GetAsync("/admin/printers")).InputValue("Port").ShouldBe("9100");
        var id = await AddPrinterAsync(admin, 9100);
        var name = await WithDb(db => db.Printers.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());

        var duplicate = await admin.SubmitAsync("/admin/printers", "/admin/printers", PrinterFields(name, "10.0.0.2", "9100"));
        duplicate.Status.ShouldBe(HttpStatusCode.OK);
        duplicate.FieldError("Name").ShouldBe("已有同名的打印机");

        var bad = await admin.SubmitAsync($"/admin/printers/{id}/edit", $"/admin/printers/{id}/edit", PrinterFields(name, "192.168.1.50", "70000", "80"));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Port").ShouldBe("端口应在 1 到 65535 之间");
        bad.InputValue("Port").ShouldBe("70000");
        (await WithDb(db => db.Printers.SingleAsync(p => p.Id == id))).Host.ShouldBe("127.0.0.1");

        var saved = await admin.SubmitAsync($"/admin/printers/{id}/edit", $"/admin/printers/{id}/edit",
            PrinterFields(name, "192.168.1.50", "9101", "80", "13912345678", "收货台1"));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        var printer = await WithDb(db => db.Printers.SingleAsync(p => p.Id == id));
        (printer.Host, printer.Port, printer.PaperWidthMm, printer.PickerPhone, printer.Station).ShouldBe(("192.168.1.50", 9101, 80, "13912345678", "收货台1"));
    }

    [Fact]
    public async Task Printer_and_job_posts_without_the_antiforgery_token_are_refused_and_buyers_are_kept_out()
    {
        var admin = await factory.AdminAsync();
        var before = await PrinterCountAsync();
        (await admin.GetAsync("/admin/printers")).Status.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync("/admin/printers", PrinterFields(NewName(), "10.0.0.3", "9100"), token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsync($"/admin/print-jobs/{Guid.NewGuid()}/reprint", [], token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await PrinterCountAsync()).ShouldBe(before);

        var buyer = await factory.BuyerAsync();
        foreach (var url in new[] { "/admin/printers", "/admin/print-jobs" })
        {
            var page = await buyer.GetAsync(url);
            if (page.Status == HttpStatusCode.Forbidden) continue;
            page.Status.ShouldBe(HttpStatusCode.Redirect, page.ToString());
            page.Location.ShouldStartWith("/account/denied");
        }
    }

    [Fact]
    public async Task A_test_label_is_printed_previewed_as_svg_and_reprinted_on_request()
    {
        await using var fake = FakeEscPosPrinter.Start();
        var admin = await factory.AdminAsync();
        var printer = await AddPrinterAsync(admin, fake.Port);
        var job = await PrintTestLabelAsync(admin, printer);

        var page = await JobRowAsync(admin, printer, job, "已打印", TimeSpan.FromSeconds(15));
        page.Document.QuerySelector($"tr[data-job='{job}'] img")!.GetAttribute("src").ShouldBe($"/admin/print-jobs/{job}/preview.svg");
        (await fake.WaitForJobsAsync(1, TimeSpan.FromSeconds(5))).Count.ShouldBe(1);

        var svg = await admin.Http.GetAsync($"/admin/print-jobs/{job}/preview.svg");
        svg.StatusCode.ShouldBe(HttpStatusCode.OK);
        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var xml = await svg.Content.ReadAsStringAsync();
        xml.ShouldContain("订单 TEST-ORDER");
        xml.ShouldContain("拿货价 12.50 元");
        (await admin.GetAsync($"/admin/print-jobs/{Guid.NewGuid()}/preview.svg")).Status.ShouldBe(HttpStatusCode.NotFound);

        var reprinted = await admin.SubmitAsync($"/admin/print-jobs?printerId={printer}", $"/admin/print-jobs/{job}/reprint", []);
        reprinted.Status.ShouldBe(HttpStatusCode.Redirect, reprinted.ToString());
        var copy = await WithDb(db => db.Jobs.Where(j => j.ReprintOfId == job).Select(j => j.Id).SingleAsync());
        await JobRowAsync(admin, printer, copy, "已打印", TimeSpan.FromSeconds(15));
        var received = await fake.WaitForJobsAsync(2, TimeSpan.FromSeconds(5));
        received.Count.ShouldBe(2);
        received[1].ShouldBe(received[0]);
    }

    [Fact]
    public async Task An_offline_printer_shows_its_error_on_both_pages_while_the_job_waits_for_a_retry()
    {
        var admin = await factory.AdminAsync();
        var printer = await AddPrinterAsync(admin, FakeEscPosPrinter.OfflinePort());
        var job = await PrintTestLabelAsync(admin, printer);

        var page = await JobRowAsync(admin, printer, job, "失败重试中", TimeSpan.FromSeconds(15));
        page.Text($"tr[data-job='{job}'] [data-testid='error']").ShouldNotBeNull().ShouldStartWith("无法连接打印机");
        var printers = await admin.GetAsync("/admin/printers");
        printers.Text($"tr[data-id='{printer}'] [data-testid='last-error']").ShouldNotBeNull().ShouldStartWith("无法连接打印机");
    }

    [Fact]
    public async Task A_stalled_printer_times_out_with_a_visible_error_and_the_site_stays_responsive_meanwhile()
    {
        await using var stalled = FakeEscPosPrinter.Start(FakePrinterMode.Stalled);
        var admin = await factory.AdminAsync();
        var printer = await AddPrinterAsync(admin, stalled.Port);
        var job = await PrintTestLabelAsync(admin, printer);
        await JobRowAsync(admin, printer, job, "打印中", TimeSpan.FromSeconds(5));

        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 20; i++)
        {
            var clock = Stopwatch.StartNew();
            (await admin.Http.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await admin.GetAsync("/admin/printers")).Status.ShouldBe(HttpStatusCode.OK);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }
        // Well under the 5 s printer timeout: no request waits for the printer (the machine may be busy with other work).
        slowest.ShouldBeLessThan(TimeSpan.FromSeconds(3));

        var page = await JobRowAsync(admin, printer, job, "失败重试中", TimeSpan.FromSeconds(20));
        page.Text($"tr[data-job='{job}'] [data-testid='error']").ShouldNotBeNull().ShouldStartWith("打印机无响应");
    }
}
