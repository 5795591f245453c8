using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public sealed record MarkReturnCredited(Guid ReturnId, long AmountFen) : ICommand;

internal sealed class MarkReturnCreditedHandler(DropshipDbContext db) : IRequestHandler<MarkReturnCredited, Result>
{
    public async Task<Result> Handle(MarkReturnCredited c, CancellationToken ct)
    {
        var item = await db.Returns.FirstOrDefaultAsync(r => r.Id == c.ReturnId, ct);
        if (item is null) return Error.NotFound();
        item.Credited(c.AmountFen);
        return Result.Success();
    }
}
