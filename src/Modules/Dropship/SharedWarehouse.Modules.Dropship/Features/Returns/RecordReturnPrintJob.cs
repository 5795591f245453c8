using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

public sealed record RecordReturnPrintJob(Guid ReturnId, Guid PrintJobId) : ICommand;

internal sealed class RecordReturnPrintJobHandler(DropshipDbContext db) : IRequestHandler<RecordReturnPrintJob, Result>
{
    public async Task<Result> Handle(RecordReturnPrintJob c, CancellationToken ct)
    {
        var item = await db.Returns.FirstOrDefaultAsync(r => r.Id == c.ReturnId, ct);
        if (item is null) return Error.NotFound();
        item.Printing(c.PrintJobId);
        return Result.Success();
    }
}
