using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Warehouses;

/// MerchantUserId null = a platform (shared) warehouse opened from the admin console.
public sealed record OpenWarehouse(Guid? MerchantUserId, string? Name, string? RegionCode, string? Address, decimal? Latitude, decimal? Longitude) : ICommand<Guid>;

internal sealed class OpenWarehouseValidator : AbstractValidator<OpenWarehouse>
{
    public OpenWarehouseValidator(IRegionCatalog regions)
    {
        RuleFor(c => c.Name).NotEmpty().WithText("请填写仓库名称").MaximumLength(Warehouse.MaxNameLength).WithText("仓库名称最多 {MaxLength} 个字");
        RuleFor(c => c.RegionCode).Must(regions.IsDistrict).WithText("请选择仓库所在省、市、区");
        RuleFor(c => c.Address).NotEmpty().WithText("请填写详细地址").MaximumLength(200).WithText("详细地址最多 {MaxLength} 个字");
        RuleFor(c => c.Latitude).InclusiveBetween(-90m, 90m).WithText("纬度应在 -90 到 90 之间");
        RuleFor(c => c.Longitude).InclusiveBetween(-180m, 180m).WithText("经度应在 -180 到 180 之间");
    }
}

internal sealed class OpenWarehouseHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<OpenWarehouse, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(OpenWarehouse c, CancellationToken ct)
    {
        Guid? shop = null;
        if (c.MerchantUserId is { } user)
        {
            shop = await scope.ShopOfAsync(user, ct);
            if (shop is null) return Error.Forbidden();
        }
        var warehouse = Warehouse.Open(shop, c.Name!, c.RegionCode!, c.Address!, c.Latitude, c.Longitude, time.GetUtcNow().UtcDateTime);
        db.Warehouses.Add(warehouse);
        return warehouse.Id;
    }
}
