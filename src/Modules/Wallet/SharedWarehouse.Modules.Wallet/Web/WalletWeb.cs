using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Wallet.Domain;

namespace SharedWarehouse.Modules.Wallet.Web;

internal sealed class WalletNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (user.WorksForAShop()) items.Add(new NavItem(NavArea.Merchant, NavSection.Money, "钱包", "/merchant/wallet", 70, Permission: ShopPermissions.Wallet));
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Finance)) items.Add(new NavItem(NavArea.Admin, NavSection.Money, "商家钱包", "/admin/wallets", 61));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}

/// The recharge form: yuan as typed, kept as text so a wrong value is shown back as it was entered.
public sealed class RechargeInput
{
    public string? Amount { get; set; }
}

/// The admin adjustment form; RequestId is minted when the form is shown, so a replayed post changes nothing more.
public sealed class AdjustmentInput
{
    public string? Amount { get; set; }
    public string? Reason { get; set; }
    public Guid RequestId { get; set; }
}

/// The ledger filter as the GET form sends it; bad values are ignored rather than refused.
public sealed class LedgerQuery
{
    public string? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;

    internal LedgerKind? ParsedKind => Enum.TryParse<LedgerKind>(Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;

    internal Features.LedgerFilter ToFilter() => new(ParsedKind, From, To, Page);
}

/// zh-CN labels (localisation keys) for ledger kinds and recharge states.
public static class WalletLabels
{
    public static string Of(LedgerKind kind) => kind switch
    {
        LedgerKind.Recharge => "充值",
        LedgerKind.Hold => "冻结",
        LedgerKind.HoldRelease => "解冻",
        LedgerKind.Debit => "扣款",
        LedgerKind.Credit => "入账",
        LedgerKind.Refund => "退款",
        _ => "调整",
    };

    public static string Of(RechargeStatus status) => status == RechargeStatus.Credited ? "已到账" : "待支付";
}
