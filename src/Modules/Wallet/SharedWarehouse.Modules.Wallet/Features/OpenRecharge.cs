using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Features;

public sealed record OpenRecharge(Guid UserId, long AmountFen) : ICommand<Guid>;

internal sealed class OpenRechargeHandler(WalletDbContext db, IShopAccess shops) : IRequestHandler<OpenRecharge, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(OpenRecharge c, CancellationToken ct)
    {
        var shop = await shops.ActingAsync(c.UserId, ct);
        if (shop is null) return Error.Forbidden("只有店主可以充值");
        var started = Recharge.Start(shop.ShopId, c.UserId, c.AmountFen, db.Now());
        if (started.IsFailure) return Result<Guid>.Failure(started.Errors);
        db.Recharges.Add(started.Value);
        return started.Value.Id;
    }
}
