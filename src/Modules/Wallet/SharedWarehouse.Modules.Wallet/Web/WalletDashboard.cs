using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;

namespace SharedWarehouse.Modules.Wallet.Web;

/// What the merchant can spend, and the documents (dropship orders) waiting for a recharge.
internal sealed class WalletDashboard(WalletDbContext db, IWallet wallet, IShopAccess shops) : IDashboardContributor
{
    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area != NavArea.Merchant || !user.WorksForAShop() || await shops.ActingAsync(user.Id(), ct) is not { } shop || !shop.Can(ShopPermissions.Wallet)) return [];
        var balance = await wallet.BalanceAsync(shop.ShopId, ct);
        return
        [
            new(area, DashboardKind.ToDo, "待充值", await db.Awaiting.CountAsync(a => a.ShopId == shop.ShopId, ct), "/merchant/wallet", 50),
            new(area, DashboardKind.Figure, "可用余额", balance.AvailableFen, "/merchant/wallet", 40, IsMoney: true),
        ];
    }
}
