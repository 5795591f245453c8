using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

/// The supplier grades a reseller shop (found by its exact name); its wholesale prices follow the level.
public sealed record SetResellerLevel(Guid OwnerId, string? ShopName, ResellerLevel? Level) : ICommand;

internal sealed class SetResellerLevelHandler(CatalogDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time) : IRequestHandler<SetResellerLevel, Result>
{
    public async Task<Result> Handle(SetResellerLevel c, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(c.OwnerId, ct) is not { } shop) return ShopErrors.NoShop;
        var errors = new List<Error>();
        if (c.Level is not { } level || !Enum.IsDefined(level)) errors.Add(Error.Validation("Level", "请选择分销等级"));
        var reseller = string.IsNullOrWhiteSpace(c.ShopName) ? null : await merchants.FindShopByNameAsync(c.ShopName.Trim(), ct);
        if (string.IsNullOrWhiteSpace(c.ShopName)) errors.Add(Error.Validation("ShopName", "请填写店铺名称"));
        else if (reseller is null) errors.Add(Error.Validation("ShopName", "找不到该店铺"));
        else if (reseller.ShopId == shop) errors.Add(Error.Validation("ShopName", "不能给自己的店铺设置等级"));
        if (errors.Count > 0) return Result.Failure(errors);
        var now = time.GetUtcNow().UtcDateTime;
        var tier = await db.ResellerTiers.FirstOrDefaultAsync(t => t.SupplierShopId == shop && t.ResellerShopId == reseller!.ShopId, ct);
        if (tier is null) db.ResellerTiers.Add(new ResellerTier(shop, reseller!.ShopId, c.Level!.Value, now));
        else tier.Change(c.Level!.Value, now);
        return Result.Success();
    }
}
