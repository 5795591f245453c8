using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

public sealed record InspectionResult(Guid ReturnId, ReturnStatus Status, string ReturnLabelId, Guid? PrintJobId, string? PrintError);

/// Inspection of one returned line: accepted → the return label prints at the station, the item waits in returned
/// stock (the next order for its SKU code takes it) and the refund is approved; refused → set aside with the reason.
public sealed record InspectReturn(Guid Scope, Guid OrderId, Guid LineId, string? Waybill, bool Accept, string? Note, string? Station)
    : IProcess<InspectionResult>;

internal sealed class InspectReturnHandler(ISender sender, ILabelPrinting printing, DropshipOptions options)
    : IRequestHandler<InspectReturn, Result<InspectionResult>>
{
    public async Task<Result<InspectionResult>> Handle(InspectReturn c, CancellationToken ct)
    {
        var recorded = await sender.Send(new RecordInspection(c), ct);
        if (recorded.IsFailure) return Result<InspectionResult>.Failure(recorded.Errors);
        var (id, status, label) = recorded.Value;
        if (status != ReturnStatus.InStock || label is null) return new InspectionResult(id, status, "", null, null);
        var station = string.IsNullOrWhiteSpace(c.Station) ? options.DefaultStation : c.Station.Trim();
        var queued = await printing.EnqueueAsync(label, new PrinterChoice(Station: station), $"return:{id:N}", ct);
        if (queued.IsFailure) return new InspectionResult(id, status, label.LabelId, null, queued.Errors[0].Message);
        await sender.Send(new RecordReturnPrintJob(id, queued.Value), ct);
        return new InspectionResult(id, status, label.LabelId, queued.Value, null);
    }
}
