using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Features;

namespace SharedWarehouse.Modules.Printing.Web;

/// The printer form as typed: numbers stay strings so "abc" in the port comes back as "abc" with a message.
public sealed class PrinterInput
{
    public string? Name { get; set; }
    public string? Host { get; set; }
    public string? Port { get; set; } = Printer.DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public string? Protocol { get; set; } = nameof(PrinterProtocol.EscPos);
    public string? PaperWidthMm { get; set; } = "58";
    public string? PickerPhone { get; set; }
    public string? Station { get; set; }

    internal SavePrinter ToCommand(Guid? id) => new(id, Name, Host, ParseOrNull(Port), Protocol, ParseOrNull(PaperWidthMm), PickerPhone, Station);

    /// Text that is not a number becomes an impossible value, so the validator reports it next to the field.
    private static int? ParseOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text.Trim(), out var n) ? n : -1;

    public static PrinterInput From(Printer p) => new()
    {
        Name = p.Name, Host = p.Host, Port = p.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Protocol = p.Protocol.ToString(),
        PaperWidthMm = p.PaperWidthMm.ToString(System.Globalization.CultureInfo.InvariantCulture), PickerPhone = p.PickerPhone, Station = p.Station,
    };
}

public static class PrintLabels
{
    public static string Of(PrintJobStatus status) => status switch
    {
        PrintJobStatus.Queued => "排队中",
        PrintJobStatus.Printing => "打印中",
        PrintJobStatus.Printed => "已打印",
        PrintJobStatus.Retrying => "失败重试中",
        _ => "失败",
    };

    public static string Badge(PrintJobStatus status) => status switch
    {
        PrintJobStatus.Queued => "text-bg-secondary",
        PrintJobStatus.Printing => "text-bg-info",
        PrintJobStatus.Printed => "text-bg-success",
        PrintJobStatus.Retrying => "text-bg-warning",
        _ => "text-bg-danger",
    };
}

internal sealed class PrintingNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Task.FromResult<IEnumerable<NavItem>>(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operations)
            ? [new NavItem(NavArea.Admin, NavSection.Devices, "标签打印机", "/admin/printers", 70), new NavItem(NavArea.Admin, NavSection.Devices, "打印任务", "/admin/print-jobs", 71)]
            : []);
}
