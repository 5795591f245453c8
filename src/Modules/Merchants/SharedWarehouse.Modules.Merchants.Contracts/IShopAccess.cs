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
