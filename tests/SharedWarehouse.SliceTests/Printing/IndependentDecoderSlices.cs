using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.Testing;

namespace SharedWarehouse.SliceTests.Printing;

/// Skips (with the reason) only when Node.js is not installed; scripts/test.sh installs it.
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!EscPosDecoder.NodeAvailable) Skip = "node is not installed: the independent ESC/POS decoder (tools/escpos-decode, npm package npos) needs Node.js";
    }
}

/// Runs tools/escpos-decode/decode.js (npos splits the stream into commands; the script reads them per the Epson
/// reference), installing its npm packages on first use.
public static class EscPosDecoder
{
    public static bool NodeAvailable { get; } = Run("node", "--version", null, null, TimeSpan.FromSeconds(20)).ExitCode == 0;

    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string ToolDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SharedWarehouse.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "tools", "escpos-decode");
        }
    }

    public static async Task<JsonElement> DecodeAsync(byte[] bytes)
    {
        var dir = ToolDirectory;
        await InstallLock.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(dir, "node_modules", "npos")))
            {
                var install = Run("npm", "ci --no-audit --no-fund --ignore-scripts", dir, null, TimeSpan.FromMinutes(3));
                install.ExitCode.ShouldBe(0, "npm ci in tools/escpos-decode failed: " + install.Error);
            }
        }
        finally { InstallLock.Release(); }
        var decoded = Run("node", "decode.js", dir, bytes, TimeSpan.FromSeconds(30));
        decoded.ExitCode.ShouldBe(0, decoded.Error);
        return JsonDocument.Parse(decoded.Output).RootElement;
    }

    private static (int ExitCode, string Output, string Error) Run(string file, string args, string? dir, byte[]? stdin, TimeSpan timeout)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args)
            {
                WorkingDirectory = dir ?? Environment.CurrentDirectory, RedirectStandardInput = true, RedirectStandardOutput = true,
                RedirectStandardError = true, UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
            if (!process.WaitForExit(timeout)) { process.Kill(true); return (-1, "", $"{file} {args} timed out"); }
            return (process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }
}

/// End to end: queue → dispatcher → TCP → fake printer; the captured bytes are decoded by the independent decoder.
public abstract class IndependentDecoderSlices(AppFixture app)
{
    [NodeFact]
    public async Task The_bytes_the_printer_received_decode_to_the_label_text_and_barcode()
    {
        app.PrintingOptions();
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await app.PrinterAsync(fake.Port, paper: 80);
        var labelId = PrintingGiven.NewLabelId();
        var label = PrintingGiven.Label(labelId, "SO-8812") with { IncludeQr = true, PickupPriceFen = 3_990 };
        var job = await app.EnqueueAsync(printer, label);
        await app.Dispatcher().DrainAsync(default);
        (await app.JobAsync(job.Value)).Status.ShouldBe(PrintJobStatus.Printed);
        var bytes = (await fake.WaitForJobsAsync(1, TimeSpan.FromSeconds(10))).Single();

        var decoded = await EscPosDecoder.DecodeAsync(bytes);

        var lines = decoded.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()).Where(t => t != "").ToList();
        lines.ShouldBe([
            "订单 SO-8812", "SKU JK-001-BLK-XL", "颜色 黑色  尺码 XL", "档口 十三行 A区 3-112", "拿货价 39.90 元", "拿货员 王五", "日期 2026-11-23",
        ]);
        var title = decoded.GetProperty("lines")[0];
        title.GetProperty("align").GetInt32().ShouldBe(1);
        title.GetProperty("bold").GetBoolean().ShouldBeTrue();
        var barcode = decoded.GetProperty("barcodes").EnumerateArray().Single();
        barcode.GetProperty("type").GetString().ShouldBe("CODE128");
        barcode.GetProperty("data").GetString().ShouldBe(labelId);
        decoded.GetProperty("qrCodes").EnumerateArray().Single().GetString().ShouldBe(labelId);
        decoded.GetProperty("cuts").GetInt32().ShouldBe(1);
        decoded.GetProperty("statusRequests").GetInt32().ShouldBe(1);
    }

    /// A label with what real orders carry, on a 58 mm printer: the independent decoder's lines, measured as the printer
    /// draws them (ASCII 12 dots in Font A, 9 in Font B, Chinese 24; GS ! doubles), never pass the 384 printable dots,
    /// no number is split, and the admin's preview of the job draws exactly these lines.
    [NodeFact]
    public async Task A_long_label_prints_within_58_mm_and_its_preview_draws_the_decoded_lines()
    {
        app.PrintingOptions();
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await app.PrinterAsync(fake.Port, paper: 58);
        var labelId = PrintingGiven.NewLabelId();
        var label = PrintingGiven.Label(labelId, "3796500000000000002") with
        {
            Sku = "JK-2026-001-BLK-XL / ST-88-2026", Stall = "广州十三行新中国大厦 6 楼 A 区 3-112 号 珍珍服饰（靠近电梯）",
            Title = "2026冬季新款韩版宽松显瘦中长款羽绒服女加厚白鸭绒连帽大毛领外套潮流百搭",
        };
        var job = await app.EnqueueAsync(printer, label);
        await app.Dispatcher().DrainAsync(default);
        var bytes = (await fake.WaitForJobsAsync(1, TimeSpan.FromSeconds(10))).Single();

        var lines = (await EscPosDecoder.DecodeAsync(bytes)).GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("text").GetString() != "").ToList();
        foreach (var line in lines)
        {
            var text = line.GetProperty("text").GetString()!;
            var ascii = line.GetProperty("font").GetString() == "B" ? 9 : 12;
            var dots = text.Sum(c => c < 0x80 ? ascii : 24) * ((line.GetProperty("size").GetInt32() >> 4) + 1);
            dots.ShouldBeLessThanOrEqualTo(384, text);
        }
        var texts = lines.Select(l => l.GetProperty("text").GetString()!).ToList();
        texts.ShouldContain("订单 3796500000000000002");
        texts.Count(t => t.Contains("JK-2026-001-BLK-XL", StringComparison.Ordinal)).ShouldBe(1);
        texts.Count(t => t.Contains("ST-88-2026", StringComparison.Ordinal)).ShouldBe(1);

        var document = await app.SendAsync(new GetJobDocument(job.Value));
        XNamespace ns = "http://www.w3.org/2000/svg";
        XDocument.Parse(document!.Svg()).Descendants(ns + "text").Where(t => t.Attribute("data-line") is not null).Select(t => t.Value)
            .ShouldBe(texts);
    }

    [Fact]
    public async Task A_waybill_whose_barcode_is_wider_than_the_paper_is_refused_with_the_reason()
    {
        var printer = await app.PrinterAsync(9, paper: 58);
        var waybill = new WaybillContent("JDVA" + new string('X', 26), "京东快递", new WaybillParty("张三", "13912345678", "上海市 徐汇区 漕溪北路 88 号"),
            new WaybillParty("王五", "13800138000", "广东省 广州市 天河区 天河路 385 号"), "连衣裙", 1, null, new DateOnly(2026, 11, 23));
        var queued = await app.WithScopeAsync(s => s.GetRequiredService<ILabelPrinting>()
            .EnqueueWaybillAsync(waybill, new PrinterChoice(printer), "waybill:" + Guid.NewGuid().ToString("N"), default));
        queued.IsFailure.ShouldBeTrue();
        queued.Errors.Single().Message.ShouldBe("运单号 {0} 的条码超出 {1} 毫米纸的宽度");
        (await app.JobsOfAsync(printer)).ShouldBeEmpty();
    }
}

public sealed class IndependentDecoderOnSqlite(SqliteApp app) : IndependentDecoderSlices(app), IClassFixture<SqliteApp>;

public sealed class IndependentDecoderOnPostgreSql(PostgreSqlApp app) : IndependentDecoderSlices(app), IClassFixture<PostgreSqlApp>;
