using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Rendering;

namespace SharedWarehouse.Modules.Printing.Features;

/// A job's content as queued, for its preview: a pick label or a waybill (by Kind), drawn by its own layout.
public sealed record JobDocument(PrintDocument Kind, string ContentJson, int PaperWidthMm, byte[] Payload)
{
    public string Svg() => Kind == PrintDocument.Waybill
        ? SvgPreview.Render(WaybillLayout.For(JsonSerializer.Deserialize<WaybillContent>(ContentJson)!, PaperWidthMm))
        : SvgPreview.Render(LabelLayout.For(JsonSerializer.Deserialize<LabelContent>(ContentJson)!, PaperWidthMm));
}

public sealed record GetJobDocument(Guid JobId) : IQuery<JobDocument?>;

internal sealed class GetJobDocumentHandler(PrintingDbContext db) : IRequestHandler<GetJobDocument, JobDocument?>
{
    public Task<JobDocument?> Handle(GetJobDocument query, CancellationToken ct) =>
        db.Jobs.AsNoTracking().Where(j => j.Id == query.JobId)
            .Select(j => new JobDocument(j.Kind, j.LabelJson, j.PaperWidthMm, j.Payload)).FirstOrDefaultAsync(ct);
}
