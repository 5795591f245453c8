using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Warehouses;

/// MerchantUserId null = the admin adding a bin to a platform warehouse.
public sealed record AddBin(Guid? MerchantUserId, Guid WarehouseId, string? Zone, string? Code) : ICommand<Guid>;

internal sealed class AddBinValidator : AbstractValidator<AddBin>
{
    public AddBinValidator()
    {
        RuleFor(c => c.Zone).NotEmpty().WithText("请填写库区").MaximumLength(20).WithText("库区最多 {MaxLength} 个字符");
        RuleFor(c => c.Code).NotEmpty().WithText("请填写库位编码").MaximumLength(30).WithText("库位编码最多 {MaxLength} 个字符");
    }
}

internal sealed class AddBinHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<AddBin, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AddBin c, CancellationToken ct)
    {
        var warehouse = await WarehouseAccess.LoadManagedAsync(db, scope, c.MerchantUserId, c.WarehouseId, ct);
        if (warehouse is null) return Error.NotFound();
        return warehouse.AddBin(c.Zone!, c.Code!);
    }
}

internal static class WarehouseAccess
{
    /// A merchant manages only its own warehouses; the admin (no merchant user) only platform ones.
    public static async Task<Warehouse?> LoadManagedAsync(InventoryDbContext db, ShopScope scope, Guid? merchantUserId, Guid id, CancellationToken ct)
    {
        Guid? shop = null;
        if (merchantUserId is { } user && (shop = await scope.ShopOfAsync(user, ct)) is null) return null;
        return await db.Warehouses.Include(w => w.Bins).FirstOrDefaultAsync(w => w.Id == id && w.OwnerShopId == shop, ct);
    }
}
