using System.Net;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Printing.Features;

/// Adds a printer (PrinterId null) or changes one. Values arrive as typed so the form can show them back.
public sealed record SavePrinter(Guid? PrinterId, string? Name, string? Host, int? Port, string? Protocol, int? PaperWidthMm,
    string? PickerPhone, string? Station) : ICommand<Guid>;

internal sealed partial class SavePrinterValidator : AbstractValidator<SavePrinter>
{
    public SavePrinterValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithText("请填写打印机名称")
            .MaximumLength(Printer.MaxNameLength).WithText("打印机名称最多 {MaxLength} 个字");
        RuleFor(c => c.Host).NotEmpty().WithText("请填写打印机地址")
            .Must(BeHostOrIp!).When(c => !string.IsNullOrWhiteSpace(c.Host)).WithText("请填写 IP 地址或主机名，如 192.168.1.50");
        RuleFor(c => c.Port).NotNull().WithText("请填写端口")
            .InclusiveBetween(1, 65535).WithText("端口应在 1 到 65535 之间");
        RuleFor(c => c.Protocol).Must(p => Enum.TryParse<PrinterProtocol>(p, out var v) && Enum.IsDefined(v)).WithText("请选择打印协议");
        RuleFor(c => c.PaperWidthMm).Must(w => w is { } v && Printer.PaperWidths.Contains(v)).WithText("纸宽只能是 58 或 80 毫米");
        RuleFor(c => c.PickerPhone).Must(MainlandMobile.IsValid).When(c => !string.IsNullOrWhiteSpace(c.PickerPhone))
            .WithText("请填写 11 位手机号，或留空");
        RuleFor(c => c.Station).MaximumLength(Printer.MaxStationLength).WithText("工位名称最多 {MaxLength} 个字");
    }

    private static bool BeHostOrIp(string host)
    {
        host = host.Trim();
        return host.Length <= Printer.MaxHostLength && (IPAddress.TryParse(host, out _) || HostName().IsMatch(host));
    }

    [GeneratedRegex(@"^(?=.{1,100}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex HostName();
}

internal sealed class SavePrinterHandler(PrintingDbContext db, TimeProvider time) : IRequestHandler<SavePrinter, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SavePrinter c, CancellationToken ct)
    {
        var name = c.Name!.Trim();
        var phone = string.IsNullOrWhiteSpace(c.PickerPhone) ? null : MainlandMobile.Normalize(c.PickerPhone);
        if (await db.Printers.AnyAsync(p => p.Name == name && p.Id != c.PrinterId, ct))
            return Error.Validation(nameof(SavePrinter.Name), "已有同名的打印机");
        if (phone is not null && await db.Printers.AnyAsync(p => p.PickerPhone == phone && p.Id != c.PrinterId, ct))
            return Error.Validation(nameof(SavePrinter.PickerPhone), "该拿货员已分配了另一台打印机");

        var settings = new PrinterSettings(name, c.Host!, c.Port!.Value, Enum.Parse<PrinterProtocol>(c.Protocol!), c.PaperWidthMm!.Value, phone, c.Station);
        var now = time.GetUtcNow().UtcDateTime;
        if (c.PrinterId is not { } id)
        {
            var printer = Printer.Add(settings, now);
            db.Printers.Add(printer);
            return printer.Id;
        }
        var existing = await db.Printers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (existing is null) return Error.NotFound();
        existing.Change(settings, now);
        return existing.Id;
    }
}
