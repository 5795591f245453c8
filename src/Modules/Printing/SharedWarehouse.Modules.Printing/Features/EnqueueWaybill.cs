using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Rendering;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Features;

/// Renders the waybill for the chosen printer's paper and queues it like a label; the same key again answers the
/// job already queued.
public sealed record EnqueueWaybill(WaybillContent Waybill, PrinterChoice Printer, string IdempotencyKey) : ICommand<Guid>;

internal sealed class EnqueueWaybillValidator : AbstractValidator<EnqueueWaybill>
{
    public EnqueueWaybillValidator()
    {
        RuleFor(c => c.IdempotencyKey).NotEmpty().WithText("缺少幂等键").MaximumLength(PrintJob.MaxKeyLength).WithText("幂等键最多 {MaxLength} 个字符");
        RuleFor(c => c.Waybill.TrackingNumber).Must(n => n is not null && Code128.CanEncode(n)).WithText("运单号只能包含英文字母、数字和符号")
            .MaximumLength(WaybillLayout.MaxTrackingNumberLength).WithText("运单号最多 {MaxLength} 个字符");
        RuleFor(c => c.Waybill.CarrierName).NotEmpty().WithText("缺少快递公司");
        RuleFor(c => c.Waybill.Receiver.Name).NotEmpty().WithText("缺少收件人");
        RuleFor(c => c.Waybill.Receiver.Address).NotEmpty().WithText("缺少收件地址");
        RuleFor(c => c.Waybill.Pieces).GreaterThan(0).WithText("件数至少为 1");
        RuleFor(c => c.Waybill.OrderNumber).MaximumLength(40).WithText("订单号最多 {MaxLength} 个字符");
        RuleFor(c => c.Printer).Must(p => p.PrinterId is not null || !string.IsNullOrWhiteSpace(p.PickerPhone) || !string.IsNullOrWhiteSpace(p.Station))
            .WithText("请指定打印机");
    }
}

internal sealed class EnqueueWaybillHandler(PrintingDbContext db, TimeProvider time) : IRequestHandler<EnqueueWaybill, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(EnqueueWaybill c, CancellationToken ct)
    {
        var w = c.Waybill;
        return await db.QueueOnceAsync(c.IdempotencyKey, c.Printer, printer =>
        {
            var layout = WaybillLayout.For(w, printer.PaperWidthMm);
            if (!layout.Fits) return Error.Validation("TrackingNumber", "运单号 {0} 的条码超出 {1} 毫米纸的宽度", w.TrackingNumber, printer.PaperWidthMm);
            return PrintJob.Queue(printer.Id, c.IdempotencyKey, w.TrackingNumber, w.OrderNumber ?? "", JsonSerializer.Serialize(w),
                printer.PaperWidthMm, EscPosWriter.Write(layout), time.GetUtcNow().UtcDateTime, PrintDocument.Waybill);
        }, ct);
    }
}
