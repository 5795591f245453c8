using System.Diagnostics;
using System.Text.Json;

namespace SharedWarehouse.UnitTests.Tabular;

/// Skips (with the reason) only when Node.js, or both the tool's npm modules and npm itself, are missing; scripts/test.sh
/// installs node and runs npm ci in tools/xlsx-check.
public sealed class XlsxCheckFactAttribute : FactAttribute
{
    public XlsxCheckFactAttribute()
    {
        if (XlsxCheck.Unavailable is { } reason) Skip = reason;
    }
}

/// Runs tools/xlsx-check/check.js: exceljs and SheetJS (npm packages we do not maintain) read an XLSX and report each
/// cell's value and stored type, and exceljs writes workbooks for our reader. Installs the pinned modules on first use.
public static class XlsxCheck
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string ToolDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SharedWarehouse.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "tools", "xlsx-check");
        }
    }

    private static bool ModulesInstalled => Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "exceljs")) &&
        Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "xlsx"));

    public static string? Unavailable { get; } =
        Run("node", "--version", null, null, TimeSpan.FromSeconds(20)).ExitCode != 0
            ? "node is not installed: the independent XLSX readers (tools/xlsx-check: exceljs, xlsx) need Node.js"
            : !ModulesInstalled && Run("npm", "--version", null, null, TimeSpan.FromSeconds(20)).ExitCode != 0
                ? "tools/xlsx-check/node_modules is absent and npm is not installed to run npm ci there"
                : null;

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (ModulesInstalled) return;
            var install = Run("npm", "ci --no-audit --no-fund --ignore-scripts", ToolDirectory, null, TimeSpan.FromMinutes(5));
            install.ExitCode.ShouldBe(0, "npm ci in tools/xlsx-check failed: " + install.Error);
        }
        finally { InstallLock.Release(); }
    }

    /// { exceljs: { sheets }, sheetjs: { sheets } } as check.js prints it.
    public static async Task<JsonElement> ReadAsync(byte[] xlsx)
    {
        await EnsureInstalledAsync();
        var file = Path.Combine(Path.GetTempPath(), $"xlsx-check-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, xlsx);
        try
        {
            var read = Run("node", $"check.js read \"{file}\"", ToolDirectory, null, TimeSpan.FromSeconds(60));
            read.ExitCode.ShouldBe(0, read.Error);
            return JsonDocument.Parse(read.Output).RootElement.Clone();
        }
        finally { File.Delete(file); }
    }

    /// A workbook written by exceljs from check.js's JSON description.
    public static async Task<byte[]> WriteAsync(object description)
    {
        await EnsureInstalledAsync();
        var file = Path.Combine(Path.GetTempPath(), $"xlsx-check-{Guid.NewGuid():N}.xlsx");
        try
        {
            var written = Run("node", $"check.js write \"{file}\"", ToolDirectory, JsonSerializer.SerializeToUtf8Bytes(description), TimeSpan.FromSeconds(60));
            written.ExitCode.ShouldBe(0, written.Error);
            return await File.ReadAllBytesAsync(file);
        }
        finally { File.Delete(file); }
    }

    /// The cells of one sheet as one library reported them: ref → (type, value as JSON).
    public static Dictionary<string, (string Type, JsonElement Value)> Cells(JsonElement result, string library, int sheet = 0) =>
        result.GetProperty(library).GetProperty("sheets")[sheet].GetProperty("rows").EnumerateArray()
            .SelectMany(r => r.GetProperty("cells").EnumerateArray())
            .ToDictionary(c => c.GetProperty("ref").GetString()!, c => (c.GetProperty("type").GetString()!, c.GetProperty("value").Clone()));

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
