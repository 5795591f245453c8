using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Ordering.Data;

namespace SharedWarehouse.Modules.Ordering.Features.Addresses;

public sealed record AddressRow(Guid Id, string Recipient, string Phone, string RegionCode, string RegionName, string Detail, bool IsDefault);

public sealed record ListAddresses(Guid BuyerId) : IQuery<IReadOnlyList<AddressRow>>;

internal sealed class ListAddressesHandler(OrderingDbContext db, IRegionCatalog regions) : IRequestHandler<ListAddresses, IReadOnlyList<AddressRow>>
{
    public async Task<IReadOnlyList<AddressRow>> Handle(ListAddresses q, CancellationToken ct)
    {
        var rows = await db.Addresses.AsNoTracking().Where(a => a.BuyerId == q.BuyerId)
            .OrderByDescending(a => a.IsDefault).ThenBy(a => a.CreatedUtc).ToListAsync(ct);
        return rows.Select(a => new AddressRow(a.Id, a.Recipient, a.Phone, a.RegionCode, RegionName(regions, a.RegionCode), a.Detail, a.IsDefault)).ToList();
    }

    internal static string RegionName(IRegionCatalog regions, string code) => regions.FullName(code) is { Length: > 0 } name ? name : code;
}
