namespace SharedWarehouse.Modules.Catalog.Contracts;

/// A reseller's consignment SKU in a quantity (one order line).
public sealed record ConsignedQuantity(Guid SkuId, int Quantity);

/// Where a consignment line's goods come from and what the reseller pays for them: the supplier's SKU and product, and
/// the wholesale unit price for the reseller's tier at that quantity (fen).
public sealed record ConsignedSupply(Guid SkuId, Guid SupplierShopId, Guid SupplierSkuId, Guid SupplierProductId, string SupplierSkuCode, long WholesaleUnitFen);

public interface IConsignedSkus
{
    /// Only consignment SKUs the supplier still offers (offer open, supplier product on sale, price not below the
    /// floor) are answered; anything else is absent.
    Task<IReadOnlyDictionary<Guid, ConsignedSupply>> SupplyAsync(IReadOnlyCollection<ConsignedQuantity> lines, CancellationToken ct);
}
