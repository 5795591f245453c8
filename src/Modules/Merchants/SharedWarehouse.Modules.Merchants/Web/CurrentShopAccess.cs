using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Merchants.Web;

/// The signed-in person's access on this request, read once: the permission filter, the menu and the shop
/// switcher all ask for it, and a page is one request (a switch or a role change shows from the next one).
internal sealed class CurrentShopAccess(IShopAccess access) : ICurrentShopPermissions
{
    private ShopAccess? acting;
    private bool read;

    public async Task<ShopAccess?> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (read) return acting;
        acting = user.WorksForAShop()
            ? await access.ActingAsync(user.Id(), ct)
            : null;
        read = true;
        return acting;
    }

    async Task<IReadOnlySet<string>> ICurrentShopPermissions.GetAsync(ClaimsPrincipal user, CancellationToken ct) =>
        (await GetAsync(user, ct))?.Permissions ?? new HashSet<string>();
}
