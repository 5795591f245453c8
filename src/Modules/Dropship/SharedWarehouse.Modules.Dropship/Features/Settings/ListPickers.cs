using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

public sealed record PickerRow(Guid Id, string Name, string Phone, bool Active, DateTime AddedUtc);

/// The pickers of a team: a shop's own (TeamShopId) or the platform's (null).
public sealed record ListPickers(Guid? TeamShopId) : IQuery<IReadOnlyList<PickerRow>>;

internal sealed class ListPickersHandler(DropshipDbContext db) : IRequestHandler<ListPickers, IReadOnlyList<PickerRow>>
{
    public async Task<IReadOnlyList<PickerRow>> Handle(ListPickers q, CancellationToken ct) =>
        await db.Pickers.AsNoTracking().Where(p => p.TeamShopId == q.TeamShopId).OrderBy(p => p.Name)
            .Select(p => new PickerRow(p.Id, p.Name, p.Phone, p.Active, p.AddedUtc)).ToListAsync(ct);
}
