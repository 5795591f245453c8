using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

/// Goods the owner took out of its own stock for its own use (parts for a repair): the document its Repair movements
/// point to. Its Reference is unique, so the same issue asked twice (a retry, a double click) takes the stock once.
public sealed class StockIssue : Entity
{
    private StockIssue() { }

    public string Reference { get; private init; } = "";
    public Guid OwnerShopId { get; private init; }
    public Guid SkuId { get; private init; }
    public long Quantity { get; private init; }
    public Guid? UserId { get; private init; }
    public DateTime AtUtc { get; private init; }

    public static StockIssue Of(Guid ownerShopId, Guid skuId, long quantity, string reference, Guid? userId, DateTime now) =>
        new() { OwnerShopId = ownerShopId, SkuId = skuId, Quantity = quantity, Reference = reference, UserId = userId, AtUtc = now };

    /// The same request again (not a different one under a reused reference).
    public bool IsSame(Guid ownerShopId, Guid skuId, long quantity) => OwnerShopId == ownerShopId && SkuId == skuId && Quantity == quantity;
}
