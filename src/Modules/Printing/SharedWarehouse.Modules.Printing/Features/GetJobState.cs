using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;

namespace SharedWarehouse.Modules.Printing.Features;

public sealed record GetJobState(Guid JobId) : IQuery<PrintJobState?>;

internal sealed class GetJobStateHandler(PrintingDbContext db) : IRequestHandler<GetJobState, PrintJobState?>
{
    public Task<PrintJobState?> Handle(GetJobState query, CancellationToken ct) =>
        db.Jobs.AsNoTracking().Where(j => j.Id == query.JobId)
            .Select(j => new PrintJobState(j.Id, j.Status.ToString(), j.Attempts, j.LastError, j.PrintedUtc)).FirstOrDefaultAsync(ct);
}
