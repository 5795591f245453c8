using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

public enum GrantScope { Sku = 1, Warehouse = 2 }

/// The owner lets others see and reserve its stock of one SKU, or all its stock in one warehouse; with
/// the whole platform (GranteeShopId null) or one merchant. Nothing outside a grant is visible.
public sealed class SharingGrant : Entity
{
    private SharingGrant() { }
    public Guid OwnerShopId { get; private set; }
    public GrantScope Scope { get; private set; }
    public Guid TargetId { get; private set; }
    public Guid? GranteeShopId { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    public static Result<SharingGrant> Create(Guid owner, GrantScope scope, Guid targetId, Guid? grantee, DateTime now)
    {
        if (grantee == owner) return Error.Validation("GranteeShopId", "不能共享给自己");
        return new SharingGrant { OwnerShopId = owner, Scope = scope, TargetId = targetId, GranteeShopId = grantee, CreatedUtc = now };
    }

    public bool Covers(Guid viewer, Guid ownerShopId, Guid skuId, Guid warehouseId) =>
        OwnerShopId == ownerShopId && (GranteeShopId is null || GranteeShopId == viewer)
        && (Scope == GrantScope.Sku ? TargetId == skuId : TargetId == warehouseId);
}
