using System.Diagnostics;
using System.Text.Json;
using SharedWarehouse.Modules.Printing.Domain;
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
}

public sealed class IndependentDecoderOnSqlite(SqliteApp app) : IndependentDecoderSlices(app), IClassFixture<SqliteApp>;

public sealed class IndependentDecoderOnPostgreSql(PostgreSqlApp app) : IndependentDecoderSlices(app), IClassFixture<PostgreSqlApp>;
