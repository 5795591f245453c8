using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Courier.Features;

/// Queues the waybill on a printer (Printing's own unit of work), then notes who asked (ours). The print key is the
/// tracking number and printer choice, so a retried request is one job; an admin's reprint carries its own id
/// (minted when the form was shown): each deliberate reprint prints once, a resubmitted form does not print again.
public sealed record PrintWaybill(string TrackingNumber, PrinterChoice Printer, Guid? RequestedBy, Guid? ReprintId) : IProcess<Guid>;

internal sealed class PrintWaybillHandler(CourierDbContext db, ILabelPrinting printing, IRegionCatalog regions, ISender sender)
    : IRequestHandler<PrintWaybill, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(PrintWaybill c, CancellationToken ct)
    {
        var number = ScanCode.Normalize(c.TrackingNumber);
        var waybill = await db.Waybills.AsNoTracking().FirstOrDefaultAsync(w => w.TrackingNumber == number, ct);
        if (waybill is null) return Error.NotFound("找不到该运单");
        var printer = Describe(c.Printer);
        if (printer is null) return Error.Validation("Printer", "请选择打印机");

        var key = c.ReprintId is { } id ? $"waybill:{number}:reprint:{id:N}" : $"waybill:{number}:{printer}";
        var job = await printing.EnqueueWaybillAsync(WaybillDocument.Of(waybill, regions), c.Printer, key, ct);
        if (job.IsFailure) return job;
        var noted = await sender.Send(new NoteWaybillPrint(waybill.Id, job.Value, printer, c.RequestedBy), ct);
        // A conflict is the same job noted at the same moment by a retried request: it is recorded either way.
        if (noted.IsFailure && noted.Errors.Any(e => e.Code != "conflict")) return Result<Guid>.Failure(noted.Errors);
        return job.Value;
    }

    /// The printer choice as text: part of the print key and of the audit row.
    private static string? Describe(PrinterChoice p) =>
        p.PrinterId is { } id ? $"printer:{id:N}"
        : !string.IsNullOrWhiteSpace(p.PickerPhone) ? $"picker:{p.PickerPhone.Trim()}"
        : !string.IsNullOrWhiteSpace(p.Station) ? $"station:{p.Station.Trim()}"
        : null;
}

/// What the printed waybill shows, addresses written out in words.
internal static class WaybillDocument
{
    public static WaybillContent Of(IssuedWaybill w, IRegionCatalog regions) =>
        new(w.TrackingNumber, w.CarrierName, Party(w.Receiver, regions), Party(w.Sender, regions), w.Contents, w.Pieces, w.OrderNumber,
            ChinaTime.DateOf(w.CreatedUtc)); // the date as printed in China

    private static WaybillParty Party(ParcelParty p, IRegionCatalog regions) =>
        new(p.Name, p.Phone, RegionNames.Address(regions, p.RegionCode, p.Address));
}
