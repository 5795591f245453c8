using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

public sealed record DropshipSettingsView(DropshipMode Mode, string? CallbackUrl, string SenderName, string SenderPhone, string SenderRegionCode,
    string SenderAddress, string? ApiKeyPrefix, DateTime? ApiKeyIssuedUtc);

public sealed record GetDropshipSettings(Guid ShopId) : IQuery<DropshipSettingsView>;

internal sealed class GetDropshipSettingsHandler(DropshipDbContext db) : IRequestHandler<GetDropshipSettings, DropshipSettingsView>
{
    public async Task<DropshipSettingsView> Handle(GetDropshipSettings q, CancellationToken ct)
    {
        var a = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(x => x.ShopId == q.ShopId, ct) ?? DropshipAccount.Open(q.ShopId);
        return new DropshipSettingsView(a.Mode, a.CallbackUrl, a.SenderName, a.SenderPhone, a.SenderRegionCode, a.SenderAddress, a.ApiKeyPrefix,
            a.ApiKeyIssuedUtc);
    }
}

/// Mode applies to orders received from now on; orders already in progress keep the mode they were received under.
public sealed record SaveDropshipSettings(Guid ShopId, DropshipMode Mode, string? CallbackUrl, string? SenderName, string? SenderPhone,
    string? SenderRegionCode, string? SenderAddress) : ICommand;

internal sealed class SaveDropshipSettingsHandler(DropshipDbContext db, IRegionCatalog regions) : IRequestHandler<SaveDropshipSettings, Result>
{
    public async Task<Result> Handle(SaveDropshipSettings c, CancellationToken ct)
    {
        if (!regions.IsDistrict(c.SenderRegionCode)) return Error.Validation("SenderRegionCode", "请选择寄件地区（区/县）");
        var account = await AccountsOf.GetOrOpenAsync(db, c.ShopId, ct);
        return account.Configure(c.Mode, c.CallbackUrl, c.SenderName ?? "", c.SenderPhone ?? "", c.SenderRegionCode!, c.SenderAddress ?? "");
    }
}

/// A new API key for the shop's order downloader; the answer is the only time the whole key is shown.
public sealed record IssueDropshipApiKey(Guid ShopId) : ICommand<string>;

internal sealed class IssueDropshipApiKeyHandler(DropshipDbContext db) : IRequestHandler<IssueDropshipApiKey, Result<string>>
{
    public async Task<Result<string>> Handle(IssueDropshipApiKey c, CancellationToken ct)
    {
        var account = await AccountsOf.GetOrOpenAsync(db, c.ShopId, ct);
        return account.IssueApiKey(db.Now());
    }
}

/// The shop a presented API key belongs to, or null (unknown, malformed or replaced key).
public sealed record AuthenticateDropshipKey(string? Key) : IQuery<Guid?>;

internal sealed class AuthenticateDropshipKeyHandler(DropshipDbContext db) : IRequestHandler<AuthenticateDropshipKey, Guid?>
{
    public async Task<Guid?> Handle(AuthenticateDropshipKey q, CancellationToken ct)
    {
        var prefix = DropshipAccount.PrefixOf(q.Key);
        if (prefix is null) return null;
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ApiKeyPrefix == prefix, ct);
        return account is not null && account.Accepts(q.Key!) ? account.ShopId : null;
    }
}

internal static class AccountsOf
{
    public static async Task<DropshipAccount> GetOrOpenAsync(DropshipDbContext db, Guid shopId, CancellationToken ct)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.ShopId == shopId, ct);
        if (account is not null) return account;
        account = DropshipAccount.Open(shopId);
        db.Accounts.Add(account);
        return account;
    }
}
