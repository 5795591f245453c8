using Microsoft.Extensions.DependencyInjection;

namespace SharedWarehouse.Modules.Catalog.Data;

/// Available quantity per SKU (on-hand − reserved of the owner's own stock), from Inventory's contract.
internal interface IStockLookup
{
    Task<IReadOnlyDictionary<Guid, long>> AvailableAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct);
}

/// Calls SharedWarehouse.Modules.Inventory.Contracts.IStockAvailability. It is bound late because that contract
/// was being written in parallel with this module; once it exists, replace this with a direct dependency.
/// With no Inventory service registered nothing has stock, so nothing is shown as sellable.
internal sealed class InventoryStockLookup(IServiceProvider services) : IStockLookup
{
    private static readonly Type? Contract =
        Type.GetType("SharedWarehouse.Modules.Inventory.Contracts.IStockAvailability, SharedWarehouse.Modules.Inventory.Contracts");

    public async Task<IReadOnlyDictionary<Guid, long>> AvailableAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct)
    {
        var service = Contract is null ? null : services.GetService(Contract);
        var method = Contract?.GetMethod("AvailableAsync", [typeof(IReadOnlyCollection<Guid>), typeof(CancellationToken)]);
        if (service is null || method is null || skuIds.Count == 0) return new Dictionary<Guid, long>();
        return await (Task<IReadOnlyDictionary<Guid, long>>)method.Invoke(service, [skuIds, ct])!;
    }
}
