namespace SharedWarehouse.Modules.Inventory.Contracts;

/// A warehouse a shop may keep goods in: its own, or a platform-run shared one.
public sealed record UsableWarehouse(Guid Id, string Name, string Address, bool IsShared);

public interface IShopWarehouses
{
    /// The shop's own warehouses and the platform's shared ones, shared first, by name.
    Task<IReadOnlyList<UsableWarehouse>> UsableByAsync(Guid shopId, CancellationToken ct);
}
