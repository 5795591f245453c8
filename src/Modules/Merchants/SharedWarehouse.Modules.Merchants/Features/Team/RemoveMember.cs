using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// Takes a person off the team. The row goes, so IShopAccess answers null for them on their next request.
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
        return Result.Success();
    }
}
