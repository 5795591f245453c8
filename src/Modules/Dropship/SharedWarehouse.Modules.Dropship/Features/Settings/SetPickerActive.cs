using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

public sealed record SetPickerActive(Guid? TeamShopId, Guid PickerId, bool Active) : ICommand;

internal sealed class SetPickerActiveHandler(DropshipDbContext db) : IRequestHandler<SetPickerActive, Result>
{
    public async Task<Result> Handle(SetPickerActive c, CancellationToken ct)
    {
        var picker = await db.Pickers.FirstOrDefaultAsync(p => p.Id == c.PickerId && p.TeamShopId == c.TeamShopId, ct);
        if (picker is null) return Error.NotFound();
        picker.SetActive(c.Active);
        return Result.Success();
    }
}
