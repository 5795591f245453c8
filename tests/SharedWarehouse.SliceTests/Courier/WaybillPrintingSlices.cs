using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Features;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Printing;
using SharedWarehouse.Testing;

namespace SharedWarehouse.SliceTests.Courier;

public abstract class WaybillPrintingSlices(AppFixture app)
{
    [Fact]
    public async Task Printing_a_waybill_again_on_the_same_printer_is_one_job_noted_once()
    {
        var printer = await app.PrinterAsync(9100, host: "192.0.2.10");
        var waybill = await app.WaybillAsync();

        var first = await app.CourierAsync(c => c.PrintWaybillAsync(waybill.TrackingNumber, new PrinterChoice(printer), default));
        var again = await app.CourierAsync(c => c.PrintWaybillAsync(waybill.TrackingNumber, new PrinterChoice(printer), default));

        first.Errors.ShouldBeEmpty();
        again.Value.ShouldBe(first.Value);
        var job = await app.JobAsync(first.Value);
        job.Kind.ShouldBe(PrintDocument.Waybill);
        job.LabelId.ShouldBe(waybill.TrackingNumber);
        job.OrderNumber.ShouldBe("SO20261123001");
        (await PrintsAsync(waybill.TrackingNumber)).ShouldBe([first.Value]);
    }

    [Fact]
    public async Task A_deliberate_reprint_prints_again_but_the_same_reprint_form_sent_twice_does_not()
    {
        var printer = await app.PrinterAsync(9100, host: "192.0.2.11");
        var waybill = await app.WaybillAsync();
        var admin = Guid.NewGuid();
        var form = Guid.NewGuid();

        var original = (await app.CourierAsync(c => c.PrintWaybillAsync(waybill.TrackingNumber, new PrinterChoice(printer), default))).Value;
        var reprint = (await app.SendAsync(new PrintWaybill(waybill.TrackingNumber, new PrinterChoice(printer), admin, form))).Value;
        var resent = (await app.SendAsync(new PrintWaybill(waybill.TrackingNumber, new PrinterChoice(printer), admin, form))).Value;

        reprint.ShouldNotBe(original);
        resent.ShouldBe(reprint);
        (await PrintsAsync(waybill.TrackingNumber)).Order().ShouldBe(new[] { original, reprint }.Order());
        var noted = await app.QueryAsync<CourierDbContext, Guid?>(db => db.Prints.Where(p => p.PrintJobId == reprint).Select(p => p.RequestedBy).SingleAsync());
        noted.ShouldBe(admin);
    }

    [Fact]
    public async Task An_unknown_tracking_number_or_printer_queues_nothing()
    {
        var waybill = await app.WaybillAsync();

        var unknown = await app.CourierAsync(c => c.PrintWaybillAsync("SIM000000000000", new PrinterChoice(Guid.NewGuid()), default));
        var noPrinter = await app.CourierAsync(c => c.PrintWaybillAsync(waybill.TrackingNumber, new PrinterChoice(Guid.NewGuid()), default));
        var noChoice = await app.CourierAsync(c => c.PrintWaybillAsync(waybill.TrackingNumber, new PrinterChoice(), default));

        unknown.IsNotFound.ShouldBeTrue();
        noPrinter.Errors.Single().Field.ShouldBe("Printer");
        noChoice.Errors.Single().Field.ShouldBe("Printer");
        (await PrintsAsync(waybill.TrackingNumber)).ShouldBeEmpty();
    }

    /// End to end: ICourier → print queue → dispatcher → TCP → fake printer; the bytes read by the independent decoder.
    [NodeFact]
    public async Task The_bytes_the_station_printer_received_decode_to_the_tracking_number_barcode_and_the_receiver()
    {
        app.PrintingOptions();
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await app.PrinterAsync(fake.Port, paper: 80);
        var waybill = await app.WaybillAsync();

        var job = await app.CourierAsync(c => c.PrintWaybillAsync(waybill.TrackingNumber, new PrinterChoice(printer), default));
        await app.Dispatcher().DrainAsync(default);
        (await app.JobAsync(job.Value)).Status.ShouldBe(PrintJobStatus.Printed);
        var decoded = await EscPosDecoder.DecodeAsync((await fake.WaitForJobsAsync(1, TimeSpan.FromSeconds(10))).Single());

        var barcode = decoded.GetProperty("barcodes").EnumerateArray().Single();
        barcode.GetProperty("type").GetString().ShouldBe("CODE128");
        barcode.GetProperty("data").GetString().ShouldBe(waybill.TrackingNumber);
        var lines = decoded.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()!).Where(t => t != "").ToList();
        lines[0].ShouldBe("模拟快递");
        lines.ShouldContain("收件人 张三 13912345678");
        lines.ShouldContain("地址 上海市 徐汇区 漕溪北路 88 号 5 栋 1203");
        lines.ShouldContain("寄件人 王五 13800138000");
        lines.ShouldContain("物品 连衣裙 黑色 M");
        lines.ShouldContain("件数 2");
        lines.ShouldContain("订单 SO20261123001");
        var receiver = decoded.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("text").GetString()!.StartsWith("收件人", StringComparison.Ordinal));
        receiver.GetProperty("bold").GetBoolean().ShouldBeTrue();
        decoded.GetProperty("cuts").GetInt32().ShouldBe(1);
    }

    private Task<List<Guid>> PrintsAsync(string trackingNumber) =>
        app.QueryAsync<CourierDbContext, List<Guid>>(db => db.Prints.Join(db.Waybills.Where(w => w.TrackingNumber == trackingNumber), p => p.WaybillId, w => w.Id,
            (p, w) => p.PrintJobId).ToListAsync());
}

public sealed class WaybillPrintingOnSqlite(SqliteApp app) : WaybillPrintingSlices(app), IClassFixture<SqliteApp>;

public sealed class WaybillPrintingOnPostgreSql(PostgreSqlApp app) : WaybillPrintingSlices(app), IClassFixture<PostgreSqlApp>;
