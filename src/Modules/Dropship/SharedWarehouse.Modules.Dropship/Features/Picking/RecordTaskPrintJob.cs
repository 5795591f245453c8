using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public sealed record RecordTaskPrintJob(Guid TaskId, Guid PrintJobId) : ICommand;

internal sealed class RecordTaskPrintJobHandler(DropshipDbContext db) : IRequestHandler<RecordTaskPrintJob, Result>
{
    public async Task<Result> Handle(RecordTaskPrintJob c, CancellationToken ct)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == c.TaskId, ct);
        if (task is null) return Error.NotFound();
        task.Printing(c.PrintJobId);
        return Result.Success();
    }
}
