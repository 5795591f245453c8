using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Items;

/// The merchant adds a physical unit with its serial number, kept in one of the warehouses the shop may use.
public sealed record AddRentalUnit(Guid UserId, Guid ItemId, string? Serial, Guid? WarehouseId) : ICommand<Guid>;

internal sealed class AddRentalUnitHandler(RentalDbContext db, IShopAccess shops, IShopWarehouses warehouses, TimeProvider time)
    : IRequestHandler<AddRentalUnit, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AddRentalUnit c, CancellationToken ct)
    {
        if (await db.OwnItemAsync(shops, c.UserId, c.ItemId, ct) is not { } item) return Error.NotFound();
        var warehouse = (await warehouses.UsableByAsync(item.ShopId, ct)).FirstOrDefault(w => w.Id == c.WarehouseId);
        if (warehouse is null) return Error.Validation("WarehouseId", "请选择仓库");
        var serial = c.Serial?.Trim().ToUpperInvariant();
        // Serials are unique in the shop, across its items (the unique index holds it; this gives the field its message).
        if (!string.IsNullOrEmpty(serial) && await db.Units.AnyAsync(u => u.ShopId == item.ShopId && u.Serial == serial && u.ItemId != item.Id, ct))
            return Error.Validation("Serial", "该序列号已存在");
        return item.AddUnit(serial, warehouse.Id, warehouse.Name, time.GetUtcNow().UtcDateTime);
    }
}
