using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

public enum ReturnAction { BackToStall = 1, Close = 2 }

/// The warehouse (or the merchant, for its own team) sends a returned item back to its stall — it appears on the
/// pickers' list with what was paid, by whom, when and where — or closes the return (refused goods, or a failed
/// trip the merchant settled otherwise).
public sealed record ActOnReturn(Guid? ShopId, Guid Scope, Guid ReturnId, ReturnAction Action, string? Note) : ICommand;

internal sealed class ActOnReturnHandler(DropshipDbContext db) : IRequestHandler<ActOnReturn, Result>
{
    public async Task<Result> Handle(ActOnReturn c, CancellationToken ct)
    {
        var item = await db.Returns.FirstOrDefaultAsync(r => r.Id == c.ReturnId && r.Scope == c.Scope && (c.ShopId == null || r.ShopId == c.ShopId), ct);
        if (item is null) return Error.NotFound();
        return c.Action switch
        {
            ReturnAction.BackToStall => item.SendBackToStall(),
            ReturnAction.Close => item.Close(c.Note),
            _ => Error.Validation("Action", "请选择处理方式"),
        };
    }
}
