using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Items;

/// The merchant offers one of its approved SKUs for rent on the given terms (units are added next). One rental item per SKU.
public sealed record CreateRentalItem(Guid UserId, Guid? SkuId, string? Description, RentalTermsText Terms) : ICommand<Guid>;

internal sealed class CreateRentalItemHandler(RentalDbContext db, IShopAccess shops, ICatalogSkuDirectory skus, ISellableSkus sellable,
    TimeProvider time) : IRequestHandler<CreateRentalItem, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateRentalItem c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.NotFound();
        var terms = c.Terms.Read();
        var errors = terms.IsFailure ? terms.Errors.ToList() : [];
        SkuInfo? sku = null;
        if (c.SkuId is not { } skuId) errors.Add(Error.Validation("SkuId", "请选择商品"));
        else if ((await skus.FindAsync([skuId], ct)).GetValueOrDefault(skuId) is not { ShopId: var owner, IsApproved: true } found || owner != shop.ShopId)
            errors.Add(Error.Validation("SkuId", "请选择本店已审核通过的商品"));
        else if (await db.Items.AnyAsync(i => i.ShopId == shop.ShopId && i.SkuId == skuId, ct)) errors.Add(Error.Validation("SkuId", "该商品已设置为租赁品"));
        else sku = found;
        if (errors.Count > 0) return Result<Guid>.Failure(errors);

        var image = (await sellable.FindSellableAsync([sku!.SkuId], ct)).GetValueOrDefault(sku.SkuId)?.ImageUrl;
        var name = string.IsNullOrEmpty(sku.SpecText) ? sku.ProductName : $"{sku.ProductName} {sku.SpecText}";
        var item = RentalItem.Create(shop.ShopId, sku.SkuId, sku.ProductId, name, image, c.Description, terms.Value, time.GetUtcNow().UtcDateTime);
        if (item.IsFailure) return Result<Guid>.Failure(item.Errors);
        db.Items.Add(item.Value);
        return item.Value.Id;
    }
}
