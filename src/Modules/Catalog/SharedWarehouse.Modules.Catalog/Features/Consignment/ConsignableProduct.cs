using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

/// One supplier SKU as a reseller sees it: the floor, what it pays for one piece at its level, the supplier's full price
/// table, the stock shared with it, and its own retail price when it already sells the SKU.
public sealed record ConsignableSku(Guid SkuId, string Code, string SpecText, long FloorFen, long WholesaleFen, string PriceTable, long SharedAvailable, long? MyRetailFen);

public sealed record ConsignableProduct(Guid ProductId, string Name, Guid SupplierShopId, string SupplierName, ResellerLevel MyLevel,
    IReadOnlyList<ConsignableSku> Skus, Guid? ListingId, bool Listed);
