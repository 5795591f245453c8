using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.Team;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Merchants;

public abstract class TeamSlices(AppFixture app)
{
    private Task<ShopAccess?> Acting(Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IShopAccess>().ActingAsync(userId, CancellationToken.None));

    private Task<ShopMember> MemberOf(Guid shopId, Guid userId) =>
        app.QueryAsync<MerchantsDbContext, ShopMember>(db => db.Members.AsNoTracking().SingleAsync(m => m.ShopId == shopId && m.UserId == userId));

    /// A buyer invited to the merchant's shop who accepted; answers their user id and member id.
    private async Task<(Guid UserId, Guid MemberId)> StaffAsync(Merchant merchant)
    {
        var phone = Given.NewPhone();
        var user = await app.BuyerAsync(phone);
        var invitation = await app.SendAsync(new InviteStaff(merchant.OwnerId, phone));
        invitation.Errors.ShouldBeEmpty();
        (await app.SendAsync(new AcceptInvitation(user, invitation.Value))).Errors.ShouldBeEmpty();
        return (user, (await MemberOf(merchant.ShopId, user)).Id);
    }

    [Fact]
    public async Task An_owner_acts_for_their_shop_with_every_permission_and_the_owner_lookup_is_unchanged()
    {
        var merchant = await app.MerchantAsync();

        var access = await Acting(merchant.OwnerId);

        access.ShouldNotBeNull();
        (access.ShopId, access.IsOwner).ShouldBe((merchant.ShopId, true));
        access.Permissions.ShouldBe(ShopPermissions.All, ignoreOrder: true);
        var owned = await app.WithScopeAsync(sp => sp.GetRequiredService<IMerchantDirectory>().FindShopOfOwnerAsync(merchant.OwnerId, CancellationToken.None));
        owned!.ShopId.ShouldBe(merchant.ShopId);
        var member = await MemberOf(merchant.ShopId, merchant.OwnerId);
        (member.IsOwner, member.IsCurrent).ShouldBe((true, true));
    }

    [Fact]
    public async Task An_invited_person_accepts_gets_the_staff_role_and_acts_with_the_permissions_of_their_roles()
    {
        var merchant = await app.MerchantAsync();
        var phone = Given.NewPhone();
        var user = await app.BuyerAsync(phone);
        var invitation = await app.SendAsync(new InviteStaff(merchant.OwnerId, "+86 " + phone[..3] + "-" + phone[3..]));
        invitation.Errors.ShouldBeEmpty();

        (await app.SendAsync(new AcceptInvitation(user, invitation.Value))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();

        var joined = await Acting(user);
        (joined!.ShopId, joined.ShopName.Length > 0, joined.IsOwner).ShouldBe((merchant.ShopId, true, false));
        joined.Permissions.ShouldBeEmpty(); // no roles yet: the owner decides
        var isStaff = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.IsInRoleAsync((await users.FindByIdAsync(user.ToString()))!, Roles.MerchantStaff);
        });
        isStaff.ShouldBeTrue();

        var member = await MemberOf(merchant.ShopId, user);
        (await app.SendAsync(new SetMemberRoles(merchant.OwnerId, member.Id, [ShopRoles.Warehouse, ShopRoles.CustomerService]))).Errors.ShouldBeEmpty();

        var access = await Acting(user);
        access!.Permissions.ShouldBe(ShopRoles.PermissionsOf([ShopRoles.Warehouse, ShopRoles.CustomerService]), ignoreOrder: true);
        access.Can(ShopPermissions.OrdersShip).ShouldBeTrue();
        access.Can(ShopPermissions.Wallet).ShouldBeFalse();
        (await app.SendAsync(new AcceptInvitation(user, invitation.Value))).Errors.Single().Code.ShouldBe("conflict");
    }

    [Fact]
    public async Task Only_the_person_with_the_invited_number_can_accept()
    {
        var merchant = await app.MerchantAsync();
        var invitation = await app.SendAsync(new InviteStaff(merchant.OwnerId, Given.NewPhone()));
        var stranger = await app.BuyerAsync();

        var accepted = await app.SendAsync(new AcceptInvitation(stranger, invitation.Value));

        accepted.Errors.Single().Code.ShouldBe("not_found");
        (await Acting(stranger)).ShouldBeNull();
    }

    [Fact]
    public async Task Inviting_twice_a_member_or_a_bad_number_or_as_staff_is_refused()
    {
        var merchant = await app.MerchantAsync();
        var phone = Given.NewPhone();
        (await app.SendAsync(new InviteStaff(merchant.OwnerId, phone))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new InviteStaff(merchant.OwnerId, phone))).Errors.Single().Field.ShouldBe("Phone");
        (await app.SendAsync(new InviteStaff(merchant.OwnerId, "12345"))).Errors.Single().Field.ShouldBe("Phone");
        var staff = await StaffAsync(merchant);
        var staffPhone = (await app.QueryAsync<MerchantsDbContext, string>(db =>
            db.Invitations.Where(i => i.AnsweredBy == staff.UserId).Select(i => i.Phone).SingleAsync()));
        (await app.SendAsync(new InviteStaff(merchant.OwnerId, staffPhone))).Errors.Single().Message.ShouldBe("该手机号已是本店成员");
        await app.SendAsync(new SetMemberRoles(merchant.OwnerId, staff.MemberId, [ShopRoles.Manager]));
        (await app.SendAsync(new InviteStaff(staff.UserId, Given.NewPhone()))).Errors.Single().Code.ShouldBe("forbidden");
    }

    [Fact]
    public async Task Unknown_role_keys_are_refused_next_to_the_field()
    {
        var merchant = await app.MerchantAsync();
        var staff = await StaffAsync(merchant);

        var set = await app.SendAsync(new SetMemberRoles(merchant.OwnerId, staff.MemberId, [ShopRoles.Finance, "superuser"]));

        set.Errors.Single().Field.ShouldBe("RoleKeys");
        (await MemberOf(merchant.ShopId, staff.UserId)).RoleKeys.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_owner_of_one_shop_cannot_manage_another_shops_members()
    {
        var shopA = await app.MerchantAsync();
        var shopB = await app.MerchantAsync();
        var staffOfB = await StaffAsync(shopB);
        var ownerOfB = await MemberOf(shopB.ShopId, shopB.OwnerId);

        (await app.SendAsync(new SetMemberRoles(shopA.OwnerId, staffOfB.MemberId, [ShopRoles.Finance]))).Errors.Single().Code.ShouldBe("not_found");
        (await app.SendAsync(new RemoveMember(shopA.OwnerId, staffOfB.MemberId))).Errors.Single().Code.ShouldBe("not_found");
        (await app.SendAsync(new RemoveMember(shopA.OwnerId, ownerOfB.Id))).Errors.Single().Code.ShouldBe("not_found");
        (await Acting(staffOfB.UserId))!.ShopId.ShouldBe(shopB.ShopId);
    }

    [Fact]
    public async Task A_removed_member_acts_for_no_shop_on_the_next_call_and_the_owner_cannot_be_removed()
    {
        var merchant = await app.MerchantAsync();
        var staff = await StaffAsync(merchant);
        await app.SendAsync(new SetMemberRoles(merchant.OwnerId, staff.MemberId, [ShopRoles.Manager]));
        (await Acting(staff.UserId)).ShouldNotBeNull();

        (await app.SendAsync(new RemoveMember(merchant.OwnerId, staff.MemberId))).Errors.ShouldBeEmpty();

        (await Acting(staff.UserId)).ShouldBeNull();
        var owner = await MemberOf(merchant.ShopId, merchant.OwnerId);
        (await app.SendAsync(new RemoveMember(merchant.OwnerId, owner.Id))).Errors.Single().Message.ShouldBe("不能移除店主");
        (await Acting(merchant.OwnerId))!.IsOwner.ShouldBeTrue();
    }

    [Fact]
    public async Task A_member_of_two_shops_switches_the_shop_they_act_for_but_only_to_their_own()
    {
        var first = await app.MerchantAsync();
        var second = await app.MerchantAsync();
        var phone = Given.NewPhone();
        var user = await app.BuyerAsync(phone);
        foreach (var shop in new[] { first, second })
        {
            var invitation = await app.SendAsync(new InviteStaff(shop.OwnerId, phone));
            (await app.SendAsync(new AcceptInvitation(user, invitation.Value))).Errors.ShouldBeEmpty();
        }
        (await Acting(user))!.ShopId.ShouldBe(first.ShopId); // joining a second team does not pull them out of the first
        await app.SendAsync(new SetMemberRoles(second.OwnerId, (await MemberOf(second.ShopId, user)).Id, [ShopRoles.Finance]));

        (await app.SendAsync(new SwitchShop(user, second.ShopId))).Errors.ShouldBeEmpty();

        var access = await Acting(user);
        access!.ShopId.ShouldBe(second.ShopId);
        access.Can(ShopPermissions.Wallet).ShouldBeTrue();
        (await MemberOf(first.ShopId, user)).IsCurrent.ShouldBeFalse();
        (await app.SendAsync(new SwitchShop(user, second.ShopId))).Errors.ShouldBeEmpty(); // already there: nothing changes
        var stranger = await app.MerchantAsync();
        (await app.SendAsync(new SwitchShop(user, stranger.ShopId))).Errors.Single().Code.ShouldBe("not_found");
        (await Acting(user))!.ShopId.ShouldBe(second.ShopId);
        (await app.SendAsync(new SwitchShop(user, first.ShopId))).Errors.ShouldBeEmpty();
        (await Acting(user))!.ShopId.ShouldBe(first.ShopId);
    }

    private Task<bool> IsStaffAsync(Guid userId) => app.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(userId.ToString()))!, Roles.MerchantStaff);
    });

    [Fact]
    public async Task Removed_from_the_shop_they_act_for_a_member_acts_for_another_of_theirs_and_off_the_last_loses_the_staff_role()
    {
        var first = await app.MerchantAsync();
        var second = await app.MerchantAsync();
        var phone = Given.NewPhone();
        var user = await app.BuyerAsync(phone);
        foreach (var shop in new[] { first, second })
            (await app.SendAsync(new AcceptInvitation(user, (await app.SendAsync(new InviteStaff(shop.OwnerId, phone))).Value))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        (await Acting(user))!.ShopId.ShouldBe(first.ShopId);

        (await app.SendAsync(new RemoveMember(first.OwnerId, (await MemberOf(first.ShopId, user)).Id))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();

        (await Acting(user))!.ShopId.ShouldBe(second.ShopId); // not locked out of the team they are still on
        (await IsStaffAsync(user)).ShouldBeTrue();
        (await app.SendAsync(new RemoveMember(second.OwnerId, (await MemberOf(second.ShopId, user)).Id))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        (await Acting(user)).ShouldBeNull();
        (await IsStaffAsync(user)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_invitee_is_told_sees_the_invitation_and_may_decline_it_and_the_owner_may_withdraw_one()
    {
        var merchant = await app.MerchantAsync();
        var phone = Given.NewPhone();
        var user = await app.BuyerAsync(phone);
        var invitation = (await app.SendAsync(new InviteStaff(merchant.OwnerId, phone))).Value;
        await app.DispatchEventsAsync();

        (await app.QueryAsync<NotificationsDbContext, List<string>>(db => db.Notifications.Where(n => n.UserId == user).Select(n => n.Title).ToListAsync()))
            .ShouldContain("店铺团队邀请");
        var mine = await app.SendAsync(new ListMyInvitations(user));
        mine.Single().InvitationId.ShouldBe(invitation);
        (await app.SendAsync(new ListMyInvitations(await app.BuyerAsync()))).ShouldBeEmpty();
        var stranger = await app.BuyerAsync();
        (await app.SendAsync(new DeclineInvitation(stranger, invitation))).Errors.Single().Code.ShouldBe("not_found");

        (await app.SendAsync(new DeclineInvitation(user, invitation))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new ListMyInvitations(user))).ShouldBeEmpty();
        (await app.SendAsync(new AcceptInvitation(user, invitation))).Errors.Single().Message.ShouldBe("该邀请已处理，不能再次操作");
        var again = (await app.SendAsync(new InviteStaff(merchant.OwnerId, phone))).Value; // declined: the owner may ask again
        var other = await app.MerchantAsync();
        (await app.SendAsync(new RevokeInvitation(other.OwnerId, again))).Errors.Single().Code.ShouldBe("not_found");
        (await app.SendAsync(new RevokeInvitation(merchant.OwnerId, again))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new AcceptInvitation(user, again))).Errors.Single().Code.ShouldBe("conflict");
        (await Acting(user)).ShouldBeNull();
        var team = await app.SendAsync(new GetTeam(merchant.OwnerId));
        (team!.Members.Count, team.OpenInvitations.Count).ShouldBe((1, 0));
    }
}

public sealed class TeamOnSqlite(SqliteApp app) : TeamSlices(app), IClassFixture<SqliteApp>;

public sealed class TeamOnPostgreSql(PostgreSqlApp app) : TeamSlices(app), IClassFixture<PostgreSqlApp>;
