using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// What an import did: the file's own findings (skipped and broken rows) and intake's report of the orders sent.
public sealed record ImportOutcome(ParsedImport Parsed, IntakeReport Report);

/// The merchant confirmed a preview: the stored bytes are parsed again (nothing the browser posts is trusted but the
/// upload's id, looked up within the shop), the upload is claimed once, the orders go to intake in batches, and the
/// created orders remember their marketplace. The stored files are deleted at once (they hold buyers' addresses);
/// the cleanup job deletes whatever a crash left.
public sealed record ConfirmOrderImport(Guid ShopId, Guid UploadId) : IProcess<ImportOutcome>;

internal sealed class ConfirmOrderImportHandler(ISender sender, DropshipDbContext db, IFileStore store, IRegionCatalog regions,
    ILogger<ConfirmOrderImportHandler> log) : IRequestHandler<ConfirmOrderImport, Result<ImportOutcome>>
{
    public async Task<Result<ImportOutcome>> Handle(ConfirmOrderImport c, CancellationToken ct)
    {
        if (await UploadedImport.FindAsync(db, c.ShopId, c.UploadId, ct) is not { } upload) return Error.NotFound();
        if (UploadedImport.StateOf(upload, db.Now()) != UploadState.Ready) return Error.Conflict("该文件已导入或已过期，请重新上传");
        if (await UploadedImport.ParseAsync(db, store, regions, upload, ct) is not { } parsed) return Error.Conflict("该文件已导入或已过期，请重新上传");
        if (!parsed.CanImport) return Error.Validation("", "文件中没有可导入的订单");

        var claimed = await sender.Send(new ClaimImportUpload(c.ShopId, c.UploadId), ct);
        if (claimed.IsFailure) return Result<ImportOutcome>.Failure(claimed.Errors);
        var results = new List<IntakeResult>(parsed.Orders.Count);
        foreach (var batch in parsed.Orders.Select(o => o.Order).Chunk(ReceiveDropshipOrders.MaxBatch))
        {
            var received = await sender.Send(new ReceiveDropshipOrders(c.ShopId, batch), ct);
            if (received.IsFailure) return Result<ImportOutcome>.Failure(received.Errors);
            results.AddRange(received.Value.Orders);
        }
        if (parsed.Platform is { } platform)
        {
            var created = results.Where(r => r.Outcome == IntakeOutcome.Created && r.Number is not null).Select(r => r.Number!).ToList();
            await sender.Send(new RecordOrderSources(c.ShopId, platform, created), ct);
        }
        foreach (var file in upload.Files)
        {
            try { store.Delete(file.StoredName); }
            catch (IOException ex) { log.LogWarning(ex, "Import upload {UploadId}: file not deleted; the cleanup job retries", upload.Id); }
        }
        return new ImportOutcome(parsed, new IntakeReport(results));
    }
}
