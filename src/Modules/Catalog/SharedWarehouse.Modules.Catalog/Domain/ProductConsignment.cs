using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// The consignment side of a product: a reseller's listing of a supplier's approved product. It carries the supplier's
/// approved content (so it needs no review of its own and cannot be edited) and the reseller's own retail prices; each
/// of its SKUs points at the supplier SKU whose shared stock it sells.
public sealed partial class Product
{
    public Guid? SupplierShopId { get; private set; }
    public Guid? ConsignedFromProductId { get; private set; }
    public bool IsConsignment => ConsignedFromProductId is not null;

    private static Error ConsignedContent => Error.Conflict("代销商品的内容来自供货商，不能修改（可以修改零售价或停止代销）");

    /// retailBySourceSku: the reseller's price for each supplier SKU it sells (at least one); the caller has checked floors.
    public static Result<Product> Consign(Guid resellerShopId, Guid ownerId, Product source, IReadOnlyDictionary<Guid, long> retailBySourceSku, DateTime now)
    {
        if (source.IsConsignment || source.ShopId == resellerShopId || source.ApprovedContent is not { } content) return Error.NotFound();
        if (retailBySourceSku.Count == 0) return Error.Validation("", "请至少为一个规格填写零售价");
        var product = new Product
        {
            ShopId = resellerShopId, OwnerId = ownerId, CreatedUtc = now, SupplierShopId = source.ShopId, ConsignedFromProductId = source.Id,
        };
        product.Refresh(source, content, now);
        foreach (var (skuId, retail) in retailBySourceSku)
        {
            var sourceSku = source.Skus.FirstOrDefault(s => s.Id == skuId && s.IsApproved);
            if (sourceSku is null) return Error.NotFound();
            product._skus.Add(Sku.ConsignedFrom(resellerShopId, sourceSku, retail));
        }
        product.IsListed = true;
        product.RefreshListPrice();
        return product;
    }

    /// New prices (SKUs not yet sold are added, those left out stop), the supplier's current approved content, and the
    /// listing back on sale: what "consign-sell" does for a product the reseller already lists.
    public Result Reconsign(Product source, IReadOnlyDictionary<Guid, long> retailBySourceSku, DateTime now)
    {
        if (!IsConsignment || source.Id != ConsignedFromProductId || source.ApprovedContent is not { } content) return Error.NotFound();
        if (retailBySourceSku.Count == 0) return Error.Validation("", "请至少为一个规格填写零售价");
        foreach (var (skuId, retail) in retailBySourceSku)
        {
            var mine = _skus.FirstOrDefault(s => s.SourceSkuId == skuId);
            if (mine is not null) { mine.Reprice(retail); continue; }
            var sourceSku = source.Skus.FirstOrDefault(s => s.Id == skuId && s.IsApproved);
            if (sourceSku is null) return Error.NotFound();
            _skus.Add(Sku.ConsignedFrom(ShopId, sourceSku, retail));
        }
        // A consigned SKU the reseller no longer sells is priced out of its listing rather than deleted: orders point at it.
        foreach (var dropped in _skus.Where(s => s.SourceSkuId is { } id && !retailBySourceSku.ContainsKey(id))) dropped.Withdraw();
        Refresh(source, content, now);
        IsListed = true;
        RefreshListPrice();
        return Result.Success();
    }

    private void Refresh(Product source, ProductContent content, DateTime now)
    {
        Name = content.Name;
        CategoryId = content.CategoryId;
        BrandId = content.BrandId;
        Description = content.Description;
        Tags = content.Tags;
        AttributesJson = source.AttributesJson;
        Status = ReviewStatus.Approved;
        ApprovedName = content.Name;
        ApprovedContentJson = source.ApprovedContentJson;
        ApprovedUtc = now;
        UpdatedUtc = now;
    }
}
