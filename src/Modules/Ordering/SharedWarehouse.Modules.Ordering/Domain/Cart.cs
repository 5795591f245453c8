using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// One SKU in a cart. A cart is named by a key: "u:{user id}" for a signed-in buyer (kept across devices and
/// sessions) or "a:{cookie id}" for a visitor; the visitor's cart is merged into the buyer's at sign-in.
public sealed class CartItem : Entity
{
    public const int MaxQuantity = 999;
    private CartItem() { }
    public string CartKey { get; private set; } = "";
    public Guid SkuId { get; private set; }
    public int Quantity { get; private set; }
    public DateTime AddedUtc { get; private set; }

    public static string ForUser(Guid userId) => "u:" + userId.ToString("N");
    public static string ForVisitor(Guid cookieId) => "a:" + cookieId.ToString("N");

    public static Result<CartItem> Create(string cartKey, Guid skuId, int quantity, DateTime now)
    {
        var item = new CartItem { CartKey = cartKey, SkuId = skuId, AddedUtc = now };
        var set = item.SetQuantity(quantity);
        return set.IsFailure ? Result<CartItem>.Failure(set.Errors) : item;
    }

    public Result SetQuantity(int quantity)
    {
        if (quantity is < 1 or > MaxQuantity) return Error.Validation("Quantity", "数量应在 1 到 {0} 之间", MaxQuantity);
        Quantity = quantity;
        return Result.Success();
    }

    /// Adding what is already in the cart adds up, capped at the maximum rather than refused.
    public void Add(int quantity) => Quantity = Math.Min(MaxQuantity, Quantity + quantity);
}

public sealed class BuyerAddress : Entity
{
    public const int MaxPerBuyer = 20;
    private BuyerAddress() { }
    public Guid BuyerId { get; private set; }
    public string Recipient { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string Detail { get; private set; } = "";
    public bool IsDefault { get; internal set; }
    public DateTime CreatedUtc { get; private set; }

    public static BuyerAddress Create(Guid buyerId, string recipient, string phone, string regionCode, string detail, DateTime now) =>
        new() { BuyerId = buyerId, Recipient = recipient.Trim(), Phone = phone, RegionCode = regionCode, Detail = detail.Trim(), CreatedUtc = now };

    public ShipTo Snapshot() => new(Recipient, Phone, RegionCode, Detail);
}
