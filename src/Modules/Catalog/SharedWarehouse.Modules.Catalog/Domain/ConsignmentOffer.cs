using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// What a supplier's SKU costs resellers and the lowest price they may sell it at.
public sealed record SkuTermsDraft(Guid SkuId, long FloorPriceFen, IReadOnlyList<WholesalePrice> Prices);

/// A supplier's offer to let resellers consign-sell one of its approved products: per SKU a floor retail price and
/// wholesale prices by reseller level and quantity. Who may see it is Inventory's sharing grants (the stock); the offer
/// only says on what terms. Closing it makes every reseller's listing of the product unsellable at once.
public sealed class ConsignmentOffer : AggregateRoot
{
    private readonly List<ConsignmentSkuTerms> _skus = [];
    private ConsignmentOffer() { }

    public Guid SupplierShopId { get; private init; }
    public Guid ProductId { get; private init; }
    public bool IsOpen { get; private set; }
    public DateTime UpdatedUtc { get; private set; }
    public IReadOnlyList<ConsignmentSkuTerms> Skus => _skus;

    public static ConsignmentOffer Create(Guid supplierShopId, Guid productId, DateTime now) =>
        new() { SupplierShopId = supplierShopId, ProductId = productId, UpdatedUtc = now };

    /// Replaces the terms; SKUs left out are no longer offered. Opening needs at least one SKU with terms.
    public Result SetTerms(bool open, IReadOnlyList<SkuTermsDraft> terms, DateTime now)
    {
        if (open && terms.Count == 0) return Error.Validation("", "请至少为一个 SKU 设置代销价格");
        _skus.RemoveAll(s => terms.All(t => t.SkuId != s.SkuId));
        foreach (var t in terms)
        {
            var sku = _skus.FirstOrDefault(s => s.SkuId == t.SkuId);
            if (sku is null) _skus.Add(new ConsignmentSkuTerms(t));
            else sku.Set(t);
        }
        IsOpen = open;
        UpdatedUtc = now;
        return Result.Success();
    }
}

public sealed class ConsignmentSkuTerms : Entity
{
    private ConsignmentSkuTerms() { }
    internal ConsignmentSkuTerms(SkuTermsDraft draft) { SkuId = draft.SkuId; Set(draft); }

    public Guid OfferId { get; private init; }
    public Guid SkuId { get; private init; }
    public long FloorPriceFen { get; private set; }
    public string PricesText { get; private set; } = "";
    public IReadOnlyList<WholesalePrice> Prices => WholesalePrice.Load(PricesText);

    internal void Set(SkuTermsDraft draft)
    {
        FloorPriceFen = draft.FloorPriceFen;
        PricesText = WholesalePrice.Store(draft.Prices.OrderBy(p => p.Level).ThenBy(p => p.MinQuantity));
    }
}

/// The level a supplier gives one reseller shop (its wholesale prices follow it).
public sealed class ResellerTier : Entity
{
    private ResellerTier() { }
    public ResellerTier(Guid supplierShopId, Guid resellerShopId, ResellerLevel level, DateTime now)
    {
        SupplierShopId = supplierShopId; ResellerShopId = resellerShopId; Level = level; UpdatedUtc = now;
    }

    public Guid SupplierShopId { get; private init; }
    public Guid ResellerShopId { get; private init; }
    public ResellerLevel Level { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    public void Change(ResellerLevel level, DateTime now) { Level = level; UpdatedUtc = now; }
}
