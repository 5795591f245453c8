using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Features;

/// An admin's deliberate second copy: a new job with the bytes of the original.
public sealed record ReprintJob(Guid JobId) : ICommand<Guid>;

internal sealed class ReprintJobHandler(PrintingDbContext db, TimeProvider time) : IRequestHandler<ReprintJob, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ReprintJob c, CancellationToken ct)
    {
        var original = await db.Jobs.FirstOrDefaultAsync(j => j.Id == c.JobId, ct);
        if (original is null) return Error.NotFound();
        var copy = original.Reprint(time.GetUtcNow().UtcDateTime);
        db.Jobs.Add(copy);
        return copy.Id;
    }
}
