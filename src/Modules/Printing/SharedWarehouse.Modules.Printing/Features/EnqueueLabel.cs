using System.Text.Json;
using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Rendering;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Features;

/// Renders the label now and queues its bytes; the same key again answers with the job already queued.
public sealed record EnqueueLabel(LabelContent Label, PrinterChoice Printer, string IdempotencyKey) : ICommand<Guid>;

internal sealed class EnqueueLabelValidator : AbstractValidator<EnqueueLabel>
{
    public EnqueueLabelValidator()
    {
        RuleFor(c => c.IdempotencyKey).NotEmpty().WithText("缺少幂等键").MaximumLength(PrintJob.MaxKeyLength).WithText("幂等键最多 {MaxLength} 个字符");
        RuleFor(c => c.Label.LabelId).Must(id => id is not null && Code128.CanEncode(id)).WithText("标签号只能包含英文字母、数字和符号")
            .MaximumLength(LabelLayout.MaxLabelIdLength).WithText("标签号最多 {MaxLength} 个字符");
        RuleFor(c => c.Label.OrderNumber).NotEmpty().WithText("缺少订单号").MaximumLength(40).WithText("订单号最多 {MaxLength} 个字符");
        RuleFor(c => c.Label.Sku).NotEmpty().WithText("缺少 SKU").MaximumLength(40).WithText("SKU 最多 {MaxLength} 个字符");
        RuleFor(c => c.Label.Colour).MaximumLength(20).WithText("颜色最多 {MaxLength} 个字");
        RuleFor(c => c.Label.Size).MaximumLength(20).WithText("尺码最多 {MaxLength} 个字");
        RuleFor(c => c.Label.Stall).MaximumLength(40).WithText("档口最多 {MaxLength} 个字");
        RuleFor(c => c.Label.Picker).MaximumLength(20).WithText("拿货员最多 {MaxLength} 个字");
        RuleFor(c => c.Label.Title).MaximumLength(LabelLayout.MaxTitleLength).WithText("商品名称最多 {MaxLength} 个字");
        RuleFor(c => c.Label.PickupPriceFen).GreaterThanOrEqualTo(0).WithText("拿货价不能为负");
        RuleFor(c => c.Printer).Must(p => p.PrinterId is not null || !string.IsNullOrWhiteSpace(p.PickerPhone) || !string.IsNullOrWhiteSpace(p.Station))
            .WithText("请指定打印机");
    }
}

internal sealed class EnqueueLabelHandler(PrintingDbContext db, TimeProvider time) : IRequestHandler<EnqueueLabel, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(EnqueueLabel c, CancellationToken ct)
    {
        var label = c.Label with { Colour = c.Label.Colour ?? "", Size = c.Label.Size ?? "", Stall = c.Label.Stall ?? "", Picker = c.Label.Picker ?? "" };
        return await db.QueueOnceAsync(c.IdempotencyKey, c.Printer, printer =>
        {
            var layout = LabelLayout.For(label, printer.PaperWidthMm);
            if (!layout.Fits) return Error.Validation("LabelId", "标签号 {0} 的条码超出 {1} 毫米纸的宽度", label.LabelId, printer.PaperWidthMm);
            return PrintJob.Queue(printer.Id, c.IdempotencyKey, label.LabelId, label.OrderNumber, JsonSerializer.Serialize(label),
                printer.PaperWidthMm, EscPosWriter.Write(layout), time.GetUtcNow().UtcDateTime);
        }, ct);
    }
}
