using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Inventory.Data;

/// The signed-in merchant's shop: every merchant-owned row is loaded by (id AND this shop).
internal sealed class ShopScope(IShopAccess shops)
{
    public Task<Guid?> ShopOfAsync(Guid userId, CancellationToken ct) => shops.ActingShopIdAsync(userId, ct);
}
