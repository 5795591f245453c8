using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// Takes a person off the team. The row goes, so IShopAccess no longer answers this shop for them on their next
/// request; off their last team, the staff role goes too (Accounts, through the outbox in this transaction).
public sealed record RemoveMember(Guid OwnerId, Guid MemberId) : ICommand;

internal sealed class RemoveMemberHandler(MerchantsDbContext db, IShopAccess access) : IRequestHandler<RemoveMember, Result>
{
    public async Task<Result> Handle(RemoveMember command, CancellationToken ct)
    {
        var shop = await access.ManagedShopAsync(command.OwnerId, ct);
        if (shop.IsFailure) return Result.Failure(shop.Errors);
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId && m.ShopId == shop.Value, ct);
        if (member is null) return Error.NotFound();
        if (member.IsOwner) return Error.Conflict("不能移除店主");
        db.Members.Remove(member);
        if (!await db.Members.AnyAsync(m => m.UserId == member.UserId && m.Id != member.Id, ct))
            db.Publish(new MerchantStaffDismissed(Guid.CreateVersion7(), member.UserId));
        return Result.Success();
    }
}
