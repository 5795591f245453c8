using Microsoft.AspNetCore.Http;

namespace SharedWarehouse.BuildingBlocks.Web;

/// The two back offices (the merchant's, the platform's) and where they live. Their pages get the back-office shell:
/// a left sidebar of their own menu, a top bar and breadcrumbs; every other page keeps the storefront header.
public static class BackOffice
{
    /// The back office this address belongs to, or null for a storefront, account or picker page.
    public static NavArea? AreaOf(PathString path) =>
        path.StartsWithSegments("/merchant") ? NavArea.Merchant
        : path.StartsWithSegments("/admin") ? NavArea.Admin
        : null;

    /// Its name (a localisation key) and its home page.
    public static (string Title, string Home) Of(NavArea area) => area == NavArea.Admin ? ("平台管理", "/admin") : ("商家后台", "/merchant");
}
