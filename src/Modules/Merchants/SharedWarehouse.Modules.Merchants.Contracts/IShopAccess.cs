namespace SharedWarehouse.Modules.Merchants.Contracts;

/// The shop a person acts for and what they may do there. An owner has every permission (ShopPermissions.All).
public sealed record ShopAccess(Guid ShopId, string ShopName, bool IsOwner, IReadOnlySet<string> Permissions)
{
    public bool Can(string permission) => Permissions.Contains(permission);
}

/// Read API for every module's merchant pages and commands: replaces "the shop this user owns" so that staff
/// work in the shop too. The acting shop is stored server-side (the member's current shop, set by the switcher),
/// so a removed member loses access on their next request.
public interface IShopAccess
{
    /// Null when the user acts for no shop (not a member of any, or removed from the one they acted for).
    Task<ShopAccess?> ActingAsync(Guid userId, CancellationToken ct);
}

public static class ShopAccessExtensions
{
    /// The id of the shop the person acts for, or null: every merchant-owned record is then loaded by (id AND
    /// this shop), so another shop's record is not found — for staff exactly as for owners.
    public static async Task<Guid?> ActingShopIdAsync(this IShopAccess shops, Guid userId, CancellationToken ct) =>
        (await shops.ActingAsync(userId, ct))?.ShopId;
}

public static class ShopErrors
{
    /// A command run by someone who acts for no shop (the endpoints answer 404 before it gets this far).
    public static SharedWarehouse.SharedKernel.Error NoShop => SharedWarehouse.SharedKernel.Error.Forbidden("您还没有开通店铺");
}
