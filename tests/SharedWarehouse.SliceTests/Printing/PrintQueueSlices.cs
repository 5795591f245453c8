using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Modules.Printing.Queue;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.Testing;

namespace SharedWarehouse.SliceTests.Printing;

/// The queue against real sockets: fake TCP 9100 printers on 127.0.0.1 capture what the dispatcher sends.
public abstract class PrintQueueSlices(AppFixture app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly PrintingOptions _options = app.PrintingOptions();

    [Fact]
    public async Task The_same_key_twice_is_one_job_and_a_reprint_is_a_second_job_with_the_same_bytes()
    {
        var printer = await app.PrinterAsync(FakeEscPosPrinter.OfflinePort());
        var label = PrintingGiven.Label(PrintingGiven.NewLabelId());
        var first = await app.EnqueueAsync(printer, label, "pick:line-1:" + label.LabelId);
        var again = await app.EnqueueAsync(printer, label with { Picker = "别人" }, "pick:line-1:" + label.LabelId);
        again.Value.ShouldBe(first.Value);
        (await app.JobsOfAsync(printer)).Count.ShouldBe(1);

        var reprint = await app.SendAsync(new ReprintJob(first.Value));
        var jobs = await app.JobsOfAsync(printer);
        jobs.Count.ShouldBe(2);
        jobs.Single(j => j.Id == reprint.Value).Payload.ShouldBe(jobs.Single(j => j.Id == first.Value).Payload);
        jobs.Single(j => j.Id == reprint.Value).ReprintOfId.ShouldBe(first.Value);
    }

    [Fact]
    public async Task The_same_key_queued_ten_times_at_once_is_one_job()
    {
        var printer = await app.PrinterAsync(FakeEscPosPrinter.OfflinePort());
        var label = PrintingGiven.Label(PrintingGiven.NewLabelId());
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.EnqueueAsync(printer, label, "race:" + label.LabelId)));
        results.ShouldAllBe(r => r.IsSuccess);
        results.Select(r => r.Value).Distinct().Count().ShouldBe(1);
        (await app.JobsOfAsync(printer)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_label_id_the_barcode_cannot_carry_is_refused_and_nothing_is_queued()
    {
        var printer = await app.PrinterAsync(FakeEscPosPrinter.OfflinePort());
        var result = await app.EnqueueAsync(printer, PrintingGiven.Label("标签一"), "bad:" + Guid.NewGuid());
        result.Errors.Single().Field.ShouldBe("Label.LabelId");
        (await app.JobsOfAsync(printer)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_label_for_a_picker_goes_to_the_printer_assigned_to_that_picker()
    {
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        await app.PrinterAsync(FakeEscPosPrinter.OfflinePort());
        var theirs = await app.PrinterAsync(FakeEscPosPrinter.OfflinePort(), pickerPhone: phone);
        var job = await app.WithScopeAsync(s => s.GetRequiredService<ILabelPrinting>()
            .EnqueueAsync(PrintingGiven.Label(PrintingGiven.NewLabelId()), new PrinterChoice(PickerPhone: phone), "k:" + Guid.NewGuid(), default));
        (await app.JobAsync(job.Value)).PrinterId.ShouldBe(theirs);

        var nobody = await app.WithScopeAsync(s => s.GetRequiredService<ILabelPrinting>()
            .EnqueueAsync(PrintingGiven.Label(PrintingGiven.NewLabelId()), new PrinterChoice(PickerPhone: "13700000001"), "k:" + Guid.NewGuid(), default));
        nobody.IsFailure.ShouldBeTrue();
        var second = await app.SendAsync(new SavePrinter(null, "重复分配", "10.0.0.9", 9100, "EscPos", 58, phone, null));
        second.Errors.Single().Field.ShouldBe("PickerPhone");
    }

    [Fact]
    public async Task A_queued_label_reaches_the_printer_once_followed_by_the_status_request()
    {
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await app.PrinterAsync(fake.Port);
        var id = await app.QueuedAsync(printer);

        await app.Dispatcher().DrainAsync(default);

        var job = await app.JobAsync(id);
        job.Status.ShouldBe(PrintJobStatus.Printed);
        job.Attempts.ShouldBe(1);
        job.PrintedUtc.ShouldBe(app.Clock.GetUtcNow().UtcDateTime);
        var received = await fake.WaitForJobsAsync(1, Wait);
        received.Count.ShouldBe(1);
        received[0].ShouldBe([.. job.Payload, .. TcpPrinterTransport.StatusRequest]);
    }

    [Fact]
    public async Task One_printer_gets_one_connection_at_a_time_in_queue_order()
    {
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await app.PrinterAsync(fake.Port);
        var ids = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var labelId = $"ORD{i:D2}" + PrintingGiven.NewLabelId()[..6];
            ids.Add(labelId);
            await app.QueuedAsync(printer, labelId);
            app.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        await Task.WhenAll(app.Dispatcher().DrainAsync(default), app.Dispatcher().DrainAsync(default));

        var received = await fake.WaitForJobsAsync(8, Wait);
        received.Count.ShouldBe(8);
        fake.MaxConcurrentConnections.ShouldBe(1);
        received.Select(bytes => ids.Single(id => Encoding.ASCII.GetString(bytes).Contains("{B" + id))).ShouldBe(ids);
    }

    [Fact]
    public async Task An_offline_printer_makes_the_job_wait_with_a_visible_error_and_growing_backoff_then_fail()
    {
        _options.MaxAttempts = 3;
        try
        {
            var printer = await app.PrinterAsync(FakeEscPosPrinter.OfflinePort());
            var id = await app.QueuedAsync(printer);
            var start = app.Clock.GetUtcNow().UtcDateTime;

            await app.Dispatcher().DrainAsync(default);
            var job = await app.JobAsync(id);
            job.Status.ShouldBe(PrintJobStatus.Retrying);
            job.Attempts.ShouldBe(1);
            job.LastError.ShouldNotBeNull().ShouldContain("无法连接打印机");
            job.NextAttemptUtc.ShouldBe(start + TimeSpan.FromSeconds(2));

            await app.Dispatcher().DrainAsync(default); // not due yet: nothing happens
            (await app.JobAsync(id)).Attempts.ShouldBe(1);

            app.Clock.Advance(TimeSpan.FromSeconds(2));
            await app.Dispatcher().DrainAsync(default);
            job = await app.JobAsync(id);
            job.Attempts.ShouldBe(2);
            job.NextAttemptUtc.ShouldBe(start + TimeSpan.FromSeconds(2 + 4));

            app.Clock.Advance(TimeSpan.FromSeconds(4));
            await app.Dispatcher().DrainAsync(default);
            job = await app.JobAsync(id);
            job.Status.ShouldBe(PrintJobStatus.Failed);
            job.Attempts.ShouldBe(3);
            job.LastError.ShouldNotBeNull();

            var page = await app.SendAsync(new ListPrintJobs(PrintJobStatus.Failed, printer));
            page.Items.Single().LastError.ShouldBe(job.LastError);
        }
        finally
        {
            _options.MaxAttempts = 20;
        }
    }

    [Fact]
    public async Task A_stalled_printer_times_out_while_another_printer_keeps_printing()
    {
        await using var stalled = FakeEscPosPrinter.Start(FakePrinterMode.Stalled);
        await using var healthy = FakeEscPosPrinter.Start();
        var stuck = await app.PrinterAsync(stalled.Port);
        var fine = await app.PrinterAsync(healthy.Port);
        var stuckJob = await app.QueuedAsync(stuck);
        for (var i = 0; i < 3; i++) await app.QueuedAsync(fine);

        var clock = Stopwatch.StartNew();
        var drain = app.Dispatcher().DrainAsync(default);
        (await healthy.WaitForJobsAsync(3, Wait)).Count.ShouldBe(3);
        var healthyDone = clock.Elapsed;
        // The stalled printer's label is still queued or being sent when the healthy printer has finished all three.
        (await app.JobAsync(stuckJob)).Status.ShouldBeOneOf(PrintJobStatus.Queued, PrintJobStatus.Printing);
        await drain;
        var stalledDone = clock.Elapsed;

        healthyDone.ShouldBeLessThan(stalledDone);
        stalledDone.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(_options.WriteTimeoutMs * 0.9));
        stalledDone.ShouldBeLessThan(TimeSpan.FromMilliseconds(_options.WriteTimeoutMs * 2 + 3000));
        var job = await app.JobAsync(stuckJob);
        job.Status.ShouldBe(PrintJobStatus.Retrying);
        job.LastError.ShouldNotBeNull().ShouldContain("打印机无响应");
        (await app.JobsOfAsync(fine)).ShouldAllBe(j => j.Status == PrintJobStatus.Printed);
        stalled.Connections.ShouldBe(1);
    }

    [Fact]
    public async Task A_printer_that_reports_paper_out_is_an_error_not_a_printed_label()
    {
        await using var fake = FakeEscPosPrinter.Start(FakePrinterMode.PaperOut);
        var printer = await app.PrinterAsync(fake.Port);
        var id = await app.QueuedAsync(printer);
        await app.Dispatcher().DrainAsync(default);
        var job = await app.JobAsync(id);
        job.Status.ShouldBe(PrintJobStatus.Retrying);
        job.LastError.ShouldBe("打印机离线（缺纸、开盖或故障）");
    }

    [Fact]
    public async Task After_a_restart_queued_jobs_and_a_job_abandoned_mid_print_are_each_printed_exactly_once()
    {
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await app.PrinterAsync(fake.Port);
        var queued = new List<Guid>();
        for (var i = 0; i < 4; i++) queued.Add(await app.QueuedAsync(printer));
        // The old process claimed one job and died before sending it: the job is "printing" under a lease.
        var abandoned = await app.WithScopeAsync(s =>
            PrintJobStore.ClaimNextAsync(s.GetRequiredService<PrintingDbContext>(), printer, app.Clock.GetUtcNow().UtcDateTime, _options.Lease, default));
        abandoned.ShouldNotBeNull();

        var restarted = app.RestartedDispatcher();
        await restarted.DrainAsync(default);
        (await app.JobAsync(abandoned.Id)).Status.ShouldBe(PrintJobStatus.Printing); // its lease still runs
        (await fake.WaitForJobsAsync(3, Wait)).Count.ShouldBe(3);

        app.Clock.Advance(_options.Lease + TimeSpan.FromSeconds(1));
        await restarted.DrainAsync(default);
        await app.RestartedDispatcher().DrainAsync(default); // and once more: nothing left to print

        var received = await fake.WaitForJobsAsync(4, Wait);
        await Task.Delay(200);
        fake.Received.Count.ShouldBe(4);
        var jobs = await app.JobsOfAsync(printer);
        jobs.ShouldAllBe(j => j.Status == PrintJobStatus.Printed);
        foreach (var job in jobs)
            received.Count(bytes => bytes.AsSpan().IndexOf(job.Payload) == 0).ShouldBe(1, $"label {job.LabelId}");
        (await app.JobAsync(abandoned.Id)).Attempts.ShouldBe(2);
    }

    /// The documented at-least-once window: the printer read the label, the process died before marking it.
    [Fact]
    public async Task A_crash_between_sending_and_marking_prints_the_label_once_more_after_the_lease()
    {
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await app.PrinterAsync(fake.Port);
        var id = await app.QueuedAsync(printer);
        var claimed = await app.WithScopeAsync(s =>
            PrintJobStore.ClaimNextAsync(s.GetRequiredService<PrintingDbContext>(), printer, app.Clock.GetUtcNow().UtcDateTime, _options.Lease, default));
        await app.Services.GetRequiredService<IPrinterTransport>().SendAsync(claimed!.Host, claimed.Port, claimed.Payload, default);
        // ... crash: no MarkPrinted.

        app.Clock.Advance(_options.Lease + TimeSpan.FromSeconds(1));
        await app.RestartedDispatcher().DrainAsync(default);
        (await fake.WaitForJobsAsync(2, Wait)).Count.ShouldBe(2);
        (await app.JobAsync(id)).Status.ShouldBe(PrintJobStatus.Printed);
    }
}

public sealed class PrintQueueOnSqlite(SqliteApp app) : PrintQueueSlices(app), IClassFixture<SqliteApp>;

public sealed class PrintQueueOnPostgreSql(PostgreSqlApp app) : PrintQueueSlices(app), IClassFixture<PostgreSqlApp>;
