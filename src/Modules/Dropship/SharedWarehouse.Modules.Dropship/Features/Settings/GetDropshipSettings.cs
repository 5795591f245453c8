using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

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
