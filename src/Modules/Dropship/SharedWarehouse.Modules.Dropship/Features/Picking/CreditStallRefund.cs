using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

/// Platform dropship: the stall's refund is credited to the merchant's wallet, once (wallet document per return).
public sealed record CreditStallRefund(Guid ReturnId) : IProcess<bool>;

internal sealed class CreditStallRefundHandler(ISender sender, DropshipDbContext db, IWallet wallet) : IRequestHandler<CreditStallRefund, Result<bool>>
{
    public async Task<Result<bool>> Handle(CreditStallRefund c, CancellationToken ct)
    {
        var r = await db.Returns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.ReturnId, ct);
        if (r is null) return Error.NotFound();
        if (r.Status != ReturnStatus.StallRefunded || r.Mode != DropshipMode.Platform || r.CreditedFen is not null) return false;
        var amount = r.StallRefundFen!.Value;
        var credited = await wallet.CreditAsync(r.ShopId, amount, new WalletDocument(DropshipDocuments.StallRefund, r.Id.ToString("N")),
            $"档口退货退款 {r.OrderNumber}", ct);
        if (credited.IsFailure) return Result<bool>.Failure(credited.Errors);
        var marked = await sender.Send(new MarkReturnCredited(r.Id, amount), ct);
        return marked.IsFailure ? Result<bool>.Failure(marked.Errors) : true;
    }
}
