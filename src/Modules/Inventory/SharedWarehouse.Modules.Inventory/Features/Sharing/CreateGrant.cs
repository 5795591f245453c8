using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Sharing;

/// The grant form as the merchant fills it in: the SKU by its own code and the grantee shop by its name
/// (never ids typed by hand); both are resolved here, then ShareStock decides.
public sealed record CreateGrant(Guid UserId, GrantScope? Scope, string? SkuCode, Guid? WarehouseId, bool WholePlatform, string? ShopName) : ICommand<Guid>;

internal sealed class CreateGrantValidator : AbstractValidator<CreateGrant>
{
    public CreateGrantValidator()
    {
        RuleFor(c => c.Scope).NotNull().WithText("请选择共享范围");
        RuleFor(c => c.SkuCode).NotEmpty().WithText("请填写SKU编码").When(c => c.Scope == GrantScope.Sku);
        RuleFor(c => c.WarehouseId).NotEmpty().WithText("请选择仓库").When(c => c.Scope == GrantScope.Warehouse);
        RuleFor(c => c.ShopName).NotEmpty().WithText("请填写店铺名称").When(c => !c.WholePlatform);
    }
}

internal sealed class CreateGrantHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus, IMerchantDirectory merchants,
    IRequestHandler<ShareStock, Result<Guid>> share) : IRequestHandler<CreateGrant, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateGrant c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var errors = new List<Error>();
        Guid target = Guid.Empty;
        if (c.Scope == GrantScope.Sku)
        {
            var sku = await skus.FindByCodeAsync(shop, c.SkuCode!.Trim(), ct);
            if (sku is null) errors.Add(Error.Validation("SkuCode", "找不到该SKU编码"));
            else target = sku.SkuId;
        }
        else target = c.WarehouseId!.Value;
        Guid? grantee = null;
        if (!c.WholePlatform)
        {
            var found = await merchants.FindShopByNameAsync(c.ShopName!, ct);
            if (found is null) errors.Add(Error.Validation("ShopName", "找不到该店铺"));
            else if (found.ShopId == shop) errors.Add(Error.Validation("ShopName", "不能共享给自己"));
            else grantee = found.ShopId;
        }
        if (errors.Count > 0) return Result<Guid>.Failure(errors);
        // The unique index treats NULL grantees as distinct, so "the whole platform" twice is caught here.
        if (await db.Grants.AnyAsync(g => g.OwnerShopId == shop && g.Scope == c.Scope && g.TargetId == target && g.GranteeShopId == grantee, ct))
            return Error.Validation("Scope", "已存在相同的共享授权");
        // Called directly (not through ISender) so it runs inside this command's unit of work.
        var shared = await share.Handle(new ShareStock(c.UserId, c.Scope!.Value, target, grantee), ct);
        return shared.IsSuccess ? shared
            : Result<Guid>.Failure(shared.Errors.Select(e => e.Field == "TargetId" ? e with { Field = c.Scope == GrantScope.Sku ? "SkuCode" : "WarehouseId" } : e).ToList());
    }
}
