using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

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
