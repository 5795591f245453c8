namespace SharedWarehouse.Modules.Catalog.Contracts;

/// The return rules a product's category sets, as after-sales needs them.
public interface IReturnPolicies
{
    /// Those of the products whose category (the approved version's) does not allow 七天无理由退货; an unknown
    /// product is not among them.
    Task<IReadOnlySet<Guid>> ProductsWithoutNoReasonReturnAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct);
}
