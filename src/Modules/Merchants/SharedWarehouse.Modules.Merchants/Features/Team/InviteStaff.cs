using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// The owner invites a person by their mobile number; they need not have an account yet (they accept after
/// registering with that number, from 店铺邀请 in their account). One who has an account is told in their inbox.
public sealed record InviteStaff(Guid OwnerId, string? Phone) : ICommand<Guid>;

internal sealed class InviteStaffValidator : AbstractValidator<InviteStaff>
{
    public InviteStaffValidator() => RuleFor(c => c.Phone).Must(MainlandMobile.IsValid).WithText("请输入正确的手机号");
}

internal sealed class InviteStaffHandler(MerchantsDbContext db, IShopAccess access, IAccountDirectory accounts, TimeProvider time)
    : IRequestHandler<InviteStaff, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(InviteStaff command, CancellationToken ct)
    {
        var shop = await access.ManagedShopAsync(command.OwnerId, ct);
        if (shop.IsFailure) return Result<Guid>.Failure(shop.Errors);
        var phone = MainlandMobile.Normalize(command.Phone!);
        var invitee = await accounts.FindIdByPhoneAsync(phone, ct);
        if (invitee is { } userId && await db.Members.AnyAsync(m => m.ShopId == shop.Value && m.UserId == userId, ct))
            return Error.Validation(nameof(command.Phone), "该手机号已是本店成员");
        if (await db.Invitations.AnyAsync(i => i.ShopId == shop.Value && i.Phone == phone && i.Status == InvitationStatus.Open, ct))
            return Error.Validation(nameof(command.Phone), "已邀请过该手机号，请等待对方接受");
        var invitation = ShopInvitation.Open(shop.Value, phone, command.OwnerId, time.GetUtcNow().UtcDateTime);
        db.Invitations.Add(invitation);
        if (invitee is { } known)
        {
            var shopName = await db.Shops.Where(s => s.Id == shop.Value).Select(s => s.Name).SingleAsync(ct);
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), known, "店铺团队邀请",
                "店铺「{0}」邀请您加入团队，请在“店铺邀请”中接受或拒绝。", [shopName], TeamLinks.Invitations));
        }
        return invitation.Id;
    }
}
